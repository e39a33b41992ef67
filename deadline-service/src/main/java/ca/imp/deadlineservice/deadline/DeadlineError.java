package ca.imp.deadlineservice.deadline;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import ca.imp.eventstore.decider.DomainError;

/** The rules a deadline command can break. */
public sealed interface DeadlineError extends DomainError {

    record DeadlineNotFound(UUID deadlineId) implements DeadlineError, DomainError.NotFound {
        public String rule() {
            return "deadline-not-found";
        }

        public String detail() {
            return "No deadline has the id " + deadlineId + ".";
        }
    }

    record AlreadyMet(UUID deadlineId, LocalDate metOn) implements DeadlineError, DomainError.Conflict {
        public String rule() {
            return "deadline-already-met";
        }

        public String detail() {
            return "Deadline " + deadlineId + " was already marked met on " + metOn + ".";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("metOn", metOn.toString());
        }
    }

    /** A date that cannot be: names the field at fault. */
    record InvalidDate(String field, String rule, String detail) implements DeadlineError, DomainError.Unprocessable {
    }

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
