package ca.imp.eventstore.parking;

import java.time.Instant;
import java.util.UUID;

/**
 * An event a catch-up subscription could not apply and stepped over, for an operator to look at
 * and retry once the cause is fixed.
 *
 * @param position  the event's place in the log
 * @param attempts  how often applying it failed, retries by operators included
 */
public record ParkedEvent(long id, String subscription, long position, UUID eventId, String eventType, String reason,
                          int attempts, Instant firstSeen, Instant lastSeen) {
}
