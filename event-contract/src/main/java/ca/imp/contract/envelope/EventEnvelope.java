package ca.imp.contract.envelope;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The attributes every published event carries besides its data, after CloudEvents 1.0.
 *
 * @param id            unique per event; consumers deduplicate on it
 * @param type          the published CloudEvents type, e.g. {@code ca.imp.decision.DecisionRendered.v1}, or the bare
 *                      event name that records published before the namespace carry, e.g. {@code DecisionRendered}
 * @param source        the service that recorded it, e.g. {@code /decision-service}
 * @param subject       the offer number the event is about (also the Kafka key)
 * @param time          when the event was recorded
 * @param schemaVersion version of the data's shape for this type
 * @param correlationId the request or flow the event belongs to
 * @param causationId   the event or request that caused it
 * @param dataschema    where the JSON Schema of the data is served; absent on records published before it
 */
public record EventEnvelope(UUID id, String type, String source, String subject, Instant time,
                            int schemaVersion, UUID correlationId, UUID causationId, String dataschema) {
    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
    }

    /** An envelope without a dataschema, as records published before it (and tests standing in for them) carry. */
    public EventEnvelope(UUID id, String type, String source, String subject, Instant time,
                         int schemaVersion, UUID correlationId, UUID causationId) {
        this(id, type, source, subject, time, schemaVersion, correlationId, causationId, null);
    }

    /** The event's name in the contract, e.g. {@code DecisionRendered}, whether the type is namespaced or bare. */
    public String eventType() {
        return CloudEventType.eventType(type);
    }
}
