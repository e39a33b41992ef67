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
public record HistoryEntry(long version, String type, Instant recordedAt, String actor, UUID eventId, UUID correlationId,
                           UUID causationId,
                           @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "the event's data") String data) {

    static HistoryEntry of(RecordedEvent event) {
        return new HistoryEntry(event.streamVersion(), event.type(), event.recordedAt(), event.actor(), event.eventId(),
                event.correlationId(), event.causationId(), event.data());
    }
}
