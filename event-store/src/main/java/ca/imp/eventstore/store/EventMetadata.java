package ca.imp.eventstore.store;

import java.util.UUID;

/**
 * Who caused new events and in which flow; stored with every event because the history of an
 * offer is an inspection record, not a debugging aid.
 */
public record EventMetadata(UUID correlationId, UUID causationId, String actor) {

    public static EventMetadata byActor(String actor) {
        return new EventMetadata(UUID.randomUUID(), null, actor);
    }

    /** Metadata for events caused by a consumed event: same flow, caused by that event. */
    public static EventMetadata causedBy(UUID eventId, UUID correlationId, String actor) {
        return new EventMetadata(correlationId == null ? eventId : correlationId, eventId, actor);
    }
}
