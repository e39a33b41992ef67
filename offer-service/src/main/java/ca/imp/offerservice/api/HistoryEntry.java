package ca.imp.offerservice.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

import ca.imp.eventstore.store.RecordedEvent;

/**
 * One event in an offer's history, as an inspection asks for it: what happened, when, who did it,
 * and which request or event it was part of.
 *
 * @param correlationId the request or flow the event belongs to
 * @param causationId   the event that caused it, when another service's event did
 * @param data          the event's data as stored (JSON the store itself wrote), passed through unparsed
 */
public record HistoryEntry(
        @Schema(description = "The event's place in the offer's history, from 1.", example = "2")
        long version,
        @Schema(description = "The event's type.", example = "FeePaid")
        String type,
        @Schema(description = "When the event was recorded.", example = "2026-05-04T14:03:11Z")
        Instant recordedAt,
        @Schema(description = "Who caused it, as role:subject, or system:<service> for what a service did on its own.", example = "employer:auth0-5f3a")
        String actor,
        @Schema(description = "The event's id.", example = "0b9f4c1e-7c1a-4a53-9a51-2f7b5d1e8c3a")
        UUID eventId,
        @Schema(description = "The request or flow the event belongs to.", example = "5d2a9e77-3b4c-4f1e-8d6a-1c2b3a4d5e6f")
        UUID correlationId,
        @Schema(description = "The event that caused it, when another service's event did.", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID causationId,
        @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "The event's data, as its type defines.", example = "{\"amount\": 230.00, \"currency\": \"CAD\", \"paidOn\": \"2026-05-04\"}")
        String data) {

    static HistoryEntry of(RecordedEvent event) {
        return new HistoryEntry(event.streamVersion(), event.type(), event.recordedAt(), event.actor(), event.eventId(),
                event.correlationId(), event.causationId(), event.data());
    }
}
