package ca.imp.eventstore.tally;

/** A minimal event family to exercise the kernel with: a tally that counts up to a limit. */
public sealed interface TallyEvent permits TallyEvent.Counted {

    record Counted(int by) implements TallyEvent {
    }
}
