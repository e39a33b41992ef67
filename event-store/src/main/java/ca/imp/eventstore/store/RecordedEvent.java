package ca.imp.eventstore.store;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as stored.
 *
 * @param transaction   the id of the transaction that appended it: first in the log's read order
 * @param position      its unique place in the store, from a sequence: second in the log's read order
 * @param streamVersion place in its stream, from 1
 * @param traceParent   the W3C traceparent of the span it was appended in, null outside any trace
 */
public record RecordedEvent(long transaction, long position, String streamId, long streamVersion, UUID eventId,
                            String type, int schemaVersion, String data, UUID correlationId, UUID causationId,
                            String actor, Instant recordedAt, String traceParent) {

    /** Where it is in the log's read order, for a checkpoint. */
    public LogPosition logPosition() {
        return new LogPosition(transaction, position);
    }
}
