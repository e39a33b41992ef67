package ca.imp.eventstore.parking;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event a catch-up subscription could not apply and stepped over, for an operator to look at
 * and retry once the cause is fixed.
 *
 * @param position  the event's place in the log
 * @param attempts  how often applying it failed, retries by operators included
 */
public record ParkedEvent(
        @Schema(description = "The parked event's id, to retry it.", example = "3")
        long id,
        @Schema(description = "The subscription that could not apply it: a read model, the timer plan or the event relay.", example = "offer-summaries")
        String subscription,
        @Schema(description = "The event's place in the log.", example = "1234")
        long position,
        @Schema(description = "The event's id.", example = "0b9f4c1e-7c1a-4a53-9a51-2f7b5d1e8c3a")
        UUID eventId,
        @Schema(description = "The event's type.", example = "FeePaid")
        String eventType,
        @Schema(description = "Why it could not be applied.", example = "a value is out of range")
        String reason,
        @Schema(description = "How often applying it failed, retries by operators included.", example = "2")
        int attempts,
        @Schema(description = "When it first failed.", example = "2026-06-16T15:00:00Z")
        Instant firstFailedAt,
        @Schema(description = "When it last failed.", example = "2026-06-16T15:05:00Z")
        Instant lastFailedAt) {
}
