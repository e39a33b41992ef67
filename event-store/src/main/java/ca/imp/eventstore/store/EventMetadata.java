package ca.imp.eventstore.store;

import java.util.UUID;

import ca.imp.eventstore.observability.TraceParents;

/**
 * Who caused new events and in which flow; stored with every event because the history of an
 * offer is an inspection record, not a debugging aid. The trace parent (W3C {@code traceparent}, null outside any
 * trace) is the span the events were decided in: the relay publishes them as its children, so a flow is one trace.
 */
public record EventMetadata(UUID correlationId, UUID causationId, String actor, String traceParent) {

    /** Metadata for events a caller asked for, in the trace of the span active now (the request's). */
    public static EventMetadata byActor(String actor) {
        return new EventMetadata(UUID.randomUUID(), null, actor, TraceParents.current());
    }

    /** Metadata for events caused by a consumed event: same flow, caused by that event, in the consumer's span. */
    public static EventMetadata causedBy(UUID eventId, UUID correlationId, String traceParent, String actor) {
        return new EventMetadata(correlationId == null ? eventId : correlationId, eventId, actor, traceParent);
    }
}
