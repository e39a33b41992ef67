package ca.imp.deadlineservice;

import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.Upcaster;

/**
 * How the deadline streams are written and read back: each event at its current schema version, older versions upcast
 * on read (a {@code DeadlineScheduled} of version 1, recorded before deadlines named their policy). The one codec of
 * these streams, for the command handler and every subscription over them, so that none reads a version another cannot.
 */
public final class DeadlineEvents {
    public static final EventCodec<DeadlineEvent> CODEC = EventCodec.of(DeadlineEvent.class,
            new Upcaster("DeadlineScheduled", 1, DeadlineScheduled::fromVersion1));

    private DeadlineEvents() {
    }
}
