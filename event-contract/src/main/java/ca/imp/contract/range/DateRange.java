package ca.imp.contract.range;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * The plausible window of a date, by what the date means. Policy, stated once: the REST edge of
 * every service ({@link InDateRange}) and every consumer of an event ({@link EventRanges}) use
 * these windows, so a service never publishes a date another service's rules would refuse.
 * "Today" is the caller's (the kernel's replaceable clock in the product's time zone).
 */
public enum DateRange {
    /**
     * A fact of the IMP's own business (an application, a decision, a payment, a refund, a
     * withdrawal, a deadline met): not before the IMP Employer Portal and the employer compliance
     * fee existed (IRPR 209.11 and 303.1, in force 21 February 2015; the year is the floor) and not
     * in the future.
     */
    PORTAL_ERA(today -> PortalEra.OPENED, today -> today),
    /**
     * The start or end of the offered employment: not before the portal existed (an offer made
     * then is still answered by the exemption codes in force then) and no later than a permit
     * approved today could end ({@link SpanRange#PERMIT_VALIDITY}).
     */
    EMPLOYMENT(today -> PortalEra.OPENED, SpanRange.PERMIT_VALIDITY::latest),
    /** A worker's date of birth: 14 to 100 years old today (no one younger can take a job offer). */
    BIRTH(today -> today.minusYears(100), today -> today.minusYears(14)),
    /** A decision previewed for its deadlines: since the portal existed, up to a year ahead for planning. */
    PREVIEW(today -> PortalEra.OPENED, today -> today.plusYears(1));

    /** The rule a date outside its window breaks, at the REST edge and in the consumers alike. */
    public static final String RULE = "in-date-range";

    private final UnaryOperator<LocalDate> earliest;
    private final UnaryOperator<LocalDate> latest;

    DateRange(UnaryOperator<LocalDate> earliest, UnaryOperator<LocalDate> latest) {
        this.earliest = earliest;
        this.latest = latest;
    }

    public LocalDate earliest(LocalDate today) {
        return earliest.apply(today);
    }

    public LocalDate latest(LocalDate today) {
        return latest.apply(today);
    }

    /** True for an absent date: whether a date is required is another rule. */
    public boolean contains(LocalDate date, LocalDate today) {
        return date == null || !(date.isBefore(earliest(today)) || date.isAfter(latest(today)));
    }

    /** What a client reads when its date is outside, e.g. "must be between 2015-01-01 and today (2026-11-27)". */
    public String requirement(LocalDate today) {
        LocalDate last = latest(today);
        return "must be between " + earliest(today) + " and " + (last.equals(today) ? "today (" + today + ")" : last.toString());
    }

    /** The consumers' check: throws {@link OutOfRange} naming the field and this rule. */
    public void check(String field, LocalDate date, LocalDate today) {
        if (!contains(date, today)) {
            throw new OutOfRange(field, RULE, requirement(today));
        }
    }

    private static final class PortalEra {
        static final LocalDate OPENED = LocalDate.of(2015, 1, 1);
    }
}
