package ca.imp.eventstore.parking;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A received record a consumer could not apply, as delivered, for an operator to look at and retry.
 * The event id and type are null when the record's envelope could not be read.
 */
public record DeadLetter(
        @Schema(description = "The dead letter's id, to retry it.", example = "7")
        long id,
        @Schema(description = "The consumer that could not apply the record.", example = "decisions")
        String consumer,
        @Schema(description = "The topic the record came from.", example = "imp.decisions")
        String topic,
        @Schema(description = "The record's partition.", example = "0")
        int partition,
        @Schema(description = "The record's offset.", example = "42")
        long offset,
        @Schema(description = "The event's id, when the record could be read.", example = "0b9f4c1e-7c1a-4a53-9a51-2f7b5d1e8c3a")
        UUID eventId,
        @Schema(description = "The event's type, when the record could be read.", example = "DecisionRendered")
        String eventType,
        @Schema(description = "Why it could not be applied.", example = "the record is not valid JSON")
        String reason,
        @Schema(description = "How often applying it failed.", example = "3")
        int attempts,
        @Schema(description = "When it first failed.", example = "2026-06-16T15:00:00Z")
        Instant firstFailedAt,
        @Schema(description = "When it last failed.", example = "2026-06-16T15:00:02Z")
        Instant lastFailedAt) {
}
