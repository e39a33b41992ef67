package ca.imp.eventstore.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells what acts on the log that a transaction which appended events has committed, the moment it has: the
 * service's own subscriptions, which wake at once, and the other instances, which are notified through PostgreSQL.
 * The signal is sent by the process after the commit rather than by a trigger inside it, because a notification
 * sent inside a transaction makes every such commit on the server wait for one lock in turn.
 */
public final class CommittedAppends {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Runs {@code listener} after each commit of appended events, on the thread that saw the commit. */
    public void onEach(Runnable listener) {
        listeners.add(listener);
    }

    void committed() {
        listeners.forEach(Runnable::run);
    }
}
