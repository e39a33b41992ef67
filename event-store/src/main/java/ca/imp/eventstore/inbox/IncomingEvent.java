package ca.imp.eventstore.inbox;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.imp.contract.EventJson;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.Upcaster;

/**
 * An event received from another service: its CloudEvents envelope, its JSON data, and the traceparent of the span
 * handling it (null when untraced), which the events its handling appends carry on.
 */
public record IncomingEvent(EventEnvelope envelope, String data, String traceParent) {

    /** An event handled outside any trace. */
    public IncomingEvent(EventEnvelope envelope, String data) {
        this(envelope, data, null);
    }

    /** Metadata for the events its handling appends: same flow, caused by it, in the span handling it. */
    public EventMetadata causedBy(String actor) {
        return EventMetadata.causedBy(envelope.id(), envelope.correlationId(), traceParent, actor);
    }

    /** The event's name in the contract, e.g. {@code DecisionRendered}, whether it came namespaced or bare. */
    public String type() {
        return envelope.eventType();
    }

    /** Reads the data as the contract record; data that does not fit is unreadable, not retryable. */
    public <T> T as(Class<T> type) {
        return as(type, List.of());
    }

    /**
     * Reads the data as the contract record, upcast from the schema version its envelope names to the
     * current one; data that does not fit is unreadable, not retryable.
     */
    public <T> T as(Class<T> type, List<Upcaster> upcasters) {
        if (data == null) {
            throw new UnreadableEvent(envelope.type() + " " + envelope.id() + " has no data");
        }
        try {
            T value = upcasters.stream().anyMatch(u -> u.type().equals(type()) && u.fromVersion() >= envelope.schemaVersion())
                    && EventJson.mapper().readTree(data) instanceof ObjectNode old
                    ? EventJson.mapper().treeToValue(Upcaster.toCurrent(upcasters, type(), envelope.schemaVersion(), old), type)
                    : EventJson.mapper().readValue(data, type);
            if (value == null) {
                throw new UnreadableEvent(envelope.type() + " " + envelope.id() + " has no data");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent(envelope.type() + " " + envelope.id() + " is not a valid " + type.getSimpleName()
                    + ": " + e.getOriginalMessage());
        }
    }
}
