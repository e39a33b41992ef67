package ca.imp.eventstore.store;

import java.util.List;

import ca.imp.eventstore.decider.DomainError;

/** What handling a command came to: the events it recorded and the state after them, or the rule it broke. */
public sealed interface CommandOutcome<S, E> {

    /** The applied outcome, or a {@link DomainRejection} for the edge to report. */
    default Applied<S, E> orReject() {
        if (this instanceof Rejected<S, E> rejected) {
            throw new DomainRejection(rejected.error());
        }
        return (Applied<S, E>) this;
    }

    /**
     * @param version  the stream's version after the command
     * @param recorded the events this command appended; empty if its effect was already there
     */
    record Applied<S, E>(S state, long version, List<E> events, List<RecordedEvent> recorded)
            implements CommandOutcome<S, E> {
    }

    record Rejected<S, E>(DomainError error) implements CommandOutcome<S, E> {
    }
}
