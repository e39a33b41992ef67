package ca.imp.eventstore.store;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as stored.
 *
 * @param position      place in the store-wide order, equal to commit order
 * @param streamVersion place in its stream, from 1
 */
public record RecordedEvent(long position, String streamId, long streamVersion, UUID eventId, String type,
                            int schemaVersion, String data, UUID correlationId, UUID causationId, String actor,
                            Instant recordedAt) {
}
