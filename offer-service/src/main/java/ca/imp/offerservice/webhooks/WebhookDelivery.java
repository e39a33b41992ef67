package ca.imp.offerservice.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One event delivered to one subscription, with every attempt made.
 *
 * @param eventId       the event's id, sent as webhook-id in every attempt: the receiver's key to deduplicate
 * @param eventType     its CloudEvents type as published, e.g. {@code ca.imp.decision.DecisionRendered.v2}
 * @param status        PENDING (to be tried at nextAttemptAt), DELIVERED (answered 2xx), FAILED (the schedule's last
 *                      attempt failed) or STOPPED (its subscription was stopped first)
 */
public record WebhookDelivery(UUID deliveryId, UUID eventId, String eventType, Status status, Instant createdAt,
                              Optional<Instant> nextAttemptAt, List<Attempt> attempts) {

    /** The webhook delivery status vocabulary of docs/api-style.md, stored as these words. */
    public enum Status {
        PENDING, DELIVERED, FAILED, STOPPED
    }

    /** @param statusCode the endpoint's answer; none when it could not be reached or did not answer in time (error says why) */
    public record Attempt(int attempt, Instant attemptedAt, Optional<Integer> statusCode, Optional<String> error) {
    }
}
