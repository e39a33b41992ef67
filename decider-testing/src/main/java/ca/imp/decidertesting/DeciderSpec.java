package ca.imp.decidertesting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.function.Consumer;

import ca.imp.eventstore.decider.Decider;
import ca.imp.eventstore.decider.Decision;
import ca.imp.eventstore.decider.DomainError;

/**
 * Decider tests that read like the rules:
 * {@code spec.given(submitted, feePaid).when(invalidate).then(offerInvalidated)}.
 * No store, no framework: the past is a list of events, the verdict is events or a domain error.
 */
public final class DeciderSpec<C, S, E> {
    private final Decider<C, S, E> decider;

    private DeciderSpec(Decider<C, S, E> decider) {
        this.decider = decider;
    }

    public static <C, S, E> DeciderSpec<C, S, E> of(Decider<C, S, E> decider) {
        return new DeciderSpec<>(decider);
    }

    @SafeVarargs
    public final Given given(E... past) {
        return new Given(List.of(past));
    }

    public final class Given {
        private final List<E> past;

        private Given(List<E> past) {
            this.past = past;
        }

        public When when(C command) {
            return new When(decider.fold(past), decider.decide(command, decider.fold(past)));
        }

        public S state() {
            return decider.fold(past);
        }
    }

    public final class When {
        private final S before;
        private final Decision<E> decision;

        private When(S before, Decision<E> decision) {
            this.before = before;
            this.decision = decision;
        }

        /** The command is accepted and these events, and only these, happen. */
        @SafeVarargs
        public final When then(E... expected) {
            var accepted = assertInstanceOf(Decision.Accepted.class, decision, () -> "expected events but got " + decision);
            assertEquals(List.of(expected), accepted.events());
            return this;
        }

        /** The command is accepted and nothing happens: its effect is already there. */
        public When thenNothingHappens() {
            var accepted = assertInstanceOf(Decision.Accepted.class, decision, () -> "expected no events but got " + decision);
            assertEquals(List.of(), accepted.events());
            return this;
        }

        /** The command is rejected with exactly this error. */
        public When thenRejectedWith(DomainError expected) {
            var rejected = assertInstanceOf(Decision.Rejected.class, decision, () -> "expected a rejection but got " + decision);
            assertEquals(expected, rejected.error());
            return this;
        }

        /** The command is rejected with an error of this type, which the check may inspect further. */
        public <X extends DomainError> When thenRejectedWith(Class<X> type, Consumer<X> check) {
            var rejected = assertInstanceOf(Decision.Rejected.class, decision, () -> "expected a rejection but got " + decision);
            check.accept(assertInstanceOf(type, rejected.error()));
            return this;
        }

        /** The state once the decided events are applied. */
        @SuppressWarnings("unchecked")
        public S stateAfter() {
            S state = before;
            if (decision instanceof Decision.Accepted<E> accepted) {
                for (E event : accepted.events()) {
                    state = decider.evolve(state, event);
                }
            }
            return state;
        }
    }
}
