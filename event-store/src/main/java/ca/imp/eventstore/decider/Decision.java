package ca.imp.eventstore.decider;

import java.util.List;

/** What a decider decided: the events that happen, or the rule that forbids the command. */
public sealed interface Decision<E> {

    static <E> Decision<E> accept(List<E> events) {
        return new Accepted<>(events);
    }

    @SafeVarargs
    static <E> Decision<E> accept(E... events) {
        return new Accepted<>(List.of(events));
    }

    /** Nothing happens and nothing is wrong: the command's effect is already there (a redelivery, a retry). */
    static <E> Decision<E> alreadyDone() {
        return new Accepted<>(List.of());
    }

    static <E> Decision<E> reject(DomainError error) {
        return new Rejected<>(error);
    }

    record Accepted<E>(List<E> events) implements Decision<E> {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    record Rejected<E>(DomainError error) implements Decision<E> {
    }
}
