package ca.imp.deadlineservice.employer;

import ca.imp.eventstore.decider.DomainError;

/**
 * An employer the caller may not see, answered exactly like one nobody has heard of: a caller learns
 * nothing about employers it does not act for.
 */
public record EmployerNotFound(String businessNumber) implements DomainError.NotFound {
    public String rule() {
        return "employer-not-found";
    }

    public String detail() {
        return "No employer has the business number " + businessNumber + ".";
    }
}
