package ca.imp.eventstore.decider;

/**
 * An aggregate as pure functions: what a command decides given the current state, and how
 * each event changes the state. No I/O, no clock, no framework: time and anything else from
 * the outside world arrive inside the command.
 *
 * @param <C> the commands
 * @param <S> the state folded from the events
 * @param <E> the events
 */
public interface Decider<C, S, E> {

    S initialState();

    Decision<E> decide(C command, S state);

    S evolve(S state, E event);

    default S fold(Iterable<? extends E> events) {
        S state = initialState();
        for (E event : events) {
            state = evolve(state, event);
        }
        return state;
    }
}
