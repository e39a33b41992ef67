package ca.imp.eventstore.decider;

import java.util.Map;

/**
 * A broken business rule, as a value. Each service defines its own errors as records; the
 * REST edge turns them into problem details without knowing each one.
 */
public interface DomainError {

    /** Which kind of failure this is, which decides the HTTP status at the edge. */
    enum Kind {
        /** The thing the command is about does not exist. */
        NOT_FOUND,
        /** The command is well-formed but the current state forbids it (e.g. the offer is invalidated). */
        CONFLICT,
        /** The command itself breaks a rule, whatever the state (e.g. a wrong fee amount). */
        UNPROCESSABLE
    }

    Kind kind();

    /** A stable, machine-readable name of the rule, e.g. {@code offer-invalidated}. */
    String rule();

    /** A sentence an employer or operator can read as is. */
    String detail();

    /** The input field at fault, when the rule is about one (e.g. {@code amount}); null otherwise. */
    default String field() {
        return null;
    }

    /** Facts a client may act on, e.g. the decision that invalidated the offer. */
    default Map<String, Object> facts() {
        return Map.of();
    }

    /** An error about something that does not exist. */
    interface NotFound extends DomainError {
        default Kind kind() {
            return Kind.NOT_FOUND;
        }
    }

    /** An error the current state causes. */
    interface Conflict extends DomainError {
        default Kind kind() {
            return Kind.CONFLICT;
        }
    }

    /** An error in the command itself. */
    interface Unprocessable extends DomainError {
        default Kind kind() {
            return Kind.UNPROCESSABLE;
        }
    }
}
