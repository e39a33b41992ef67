package ca.imp.deadlineservice.deadline;

import ca.imp.eventstore.decider.DomainError;

/** The rules a deadline command can break. */
public sealed interface DeadlineError extends DomainError {

    /** The decision's facts do not allow a count (e.g. communicated before it was made). */
    record UncountableDecision(String applicationId, String reason)
            implements DeadlineError, DomainError.Unprocessable {
        public String rule() {
            return "uncountable-decision";
        }

        public String detail() {
            return "No deadline can be counted from the decision on application " + applicationId + ": " + reason;
        }
    }
}
