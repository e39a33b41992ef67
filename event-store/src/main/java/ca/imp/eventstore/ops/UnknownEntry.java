package ca.imp.eventstore.ops;

import ca.imp.eventstore.decider.DomainError;

/** A parked event or dead letter that does not exist (any more: a retry that succeeded releases it). */
public record UnknownEntry(String rule, String detail) implements DomainError.NotFound {

    static UnknownEntry parkedEvent(long id) {
        return new UnknownEntry("parked-event-unknown", "There is no parked event " + id + "; it may have been retried already.");
    }

    static UnknownEntry deadLetter(long id) {
        return new UnknownEntry("dead-letter-unknown", "There is no dead letter " + id + "; it may have been retried already.");
    }
}
