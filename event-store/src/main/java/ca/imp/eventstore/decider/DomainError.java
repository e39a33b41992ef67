package ca.imp.eventstore.decider;

import java.util.Map;

/**
 * A broken business rule, as a value: facts about the domain, never about a protocol (no status,
 * no address). Each service defines its own errors as records; the REST edge turns them into
 * problem details, adding the links and wording it speaks.
 */
public interface DomainError {

    /** Which kind of failure this is; an edge chooses how to answer it from this. */
    enum Kind {
        /** The thing the command is about does not exist. */
        NOT_FOUND,
        /** The command is well-formed but the current state forbids it (e.g. the offer is invalidated). */
        CONFLICT,
        /** The command itself breaks a rule, whatever the state (e.g. a wrong fee amount). */
        UNPROCESSABLE,
        /** A value of the command is not one the rule accepts at all (e.g. an unknown code, a date after today). */
        INVALID,
        /** The one acting may not act for whom the command names. */
        NOT_PERMITTED,
        /** Nothing is wrong with the command, but it cannot be done now (e.g. a number space used up). */
        UNAVAILABLE
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

    /** A value of the command that the rule does not accept. */
    interface Invalid extends DomainError {
        default Kind kind() {
            return Kind.INVALID;
        }
    }

    /** An act the one acting may not do. */
    interface NotPermitted extends DomainError {
        default Kind kind() {
            return Kind.NOT_PERMITTED;
        }
    }

    /** A command that cannot be done now. */
    interface Unavailable extends DomainError {
        default Kind kind() {
            return Kind.UNAVAILABLE;
        }
    }
}
