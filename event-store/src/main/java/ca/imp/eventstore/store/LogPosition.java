package ca.imp.eventstore.store;

/**
 * A place in the log's read order: the id of the transaction that appended an event, then the event's position.
 * Positions come from a sequence, so a transaction that started earlier may commit a lower position after a
 * reader has passed a higher one; transaction ids below a snapshot's xmin cannot gain events any more, so a
 * reader that reads there in this order, and remembers this pair, never skips one (see {@link EventStore}).
 *
 * @param transaction the appending transaction's id (0 for events stored before appends ran without a lock)
 * @param position    the event's global position
 */
public record LogPosition(long transaction, long position) {
    /** Before the first event. */
    public static final LogPosition START = new LogPosition(0, 0);
}
