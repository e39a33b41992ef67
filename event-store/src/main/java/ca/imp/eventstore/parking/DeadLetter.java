package ca.imp.eventstore.parking;

import java.time.Instant;
import java.util.UUID;

/**
 * A received record a consumer could not apply, as delivered, for an operator to look at and retry.
 * The event id and type are null when the record's envelope could not be read.
 */
public record DeadLetter(long id, String consumer, String topic, int partition, long offset, UUID eventId,
                         String eventType, String reason, int attempts, Instant firstSeen, Instant lastSeen) {
}
