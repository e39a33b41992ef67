package ca.imp.access;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The verified caller of a request: who (the token's subject), in which role, and for which
 * employers (CRA business numbers) it acts. Use cases take it as a parameter and scope every read
 * and write by it.
 *
 * @param businessNumbers the employers an employer or representative acts for; empty for the other roles
 */
public record Caller(String subject, Role role, SortedSet<String> businessNumbers) {

    public Caller {
        businessNumbers = new TreeSet<>(businessNumbers);
    }

    public static Caller of(String subject, Role role, String... businessNumbers) {
        return new Caller(subject, role, new TreeSet<>(Set.of(businessNumbers)));
    }

    /** Whether the caller acts for this employer: its own, or one it represents. */
    public boolean actsFor(String businessNumber) {
        return role.actsForEmployers() && businessNumbers.contains(businessNumber);
    }

    /**
     * Whether the caller may read this employer's records (without personal data unless
     * {@link #seesPersonalDataOf} says so): the employers it acts for, or any for the roles that work
     * across employers. Which operations each role may call at all is decided before, per endpoint.
     */
    public boolean readsRecordsOf(String businessNumber) {
        return actsFor(businessNumber) || !role.actsForEmployers();
    }

    /** Personal data (the worker's, the employer contact's) is shown only to who acts for that employer. */
    public boolean seesPersonalDataOf(String businessNumber) {
        return actsFor(businessNumber);
    }

    /** How the caller is recorded as the actor of the events it causes: {@code role:subject}. */
    public String actor() {
        return role.claimValue() + ":" + subject;
    }

    /** The actor of events that a service records on its own (a consumed event, a timer), not for a caller. */
    public static String systemActor(String service) {
        return "system:" + service;
    }
}
