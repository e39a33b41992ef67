package ca.imp.offerservice.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.offerservice.webhooks.WebhookDelivery;

/** One event delivered to a subscription, with its attempts. */
public record WebhookDeliveryView(
        @Schema(description = "The delivery's id.", example = "5d0c3f4e-2b1a-4c9d-8e7f-6a5b4c3d2e1f")
        UUID deliveryId,
        @Schema(description = "The webhook-id of every attempt: the event's id (its CloudEvents id), to deduplicate on.", example = "c7a1e2d3-4b5c-6d7e-8f90-a1b2c3d4e5f6")
        UUID webhookId,
        @Schema(description = "The event's CloudEvents type.", example = "ca.imp.decision.DecisionRendered.v2")
        String eventType,
        @Schema(description = "PENDING (tried again at nextAttemptAt), DELIVERED (answered 2xx), FAILED (the last attempt of the retry schedule failed) or STOPPED (its subscription was stopped first).", example = "DELIVERED")
        WebhookDelivery.Status status,
        @Schema(description = "When the event was queued for the subscription.", example = "2026-11-28T14:05:00Z")
        Instant createdAt,
        @Schema(description = "When it is tried next, while PENDING.", example = "2026-11-28T14:10:05Z")
        Instant nextAttemptAt,
        @Schema(description = "Every attempt made, the first first.")
        List<Attempt> attempts) {

    public record Attempt(
            @Schema(description = "Its number, from 1.", example = "1")
            int attempt,
            @Schema(description = "When it was made (its webhook-timestamp).", example = "2026-11-28T14:05:00Z")
            Instant attemptedAt,
            @Schema(description = "The endpoint's HTTP status, when it answered.", example = "500")
            Integer statusCode,
            @Schema(description = "Why no answer came, when none did.", example = "no answer within the timeout")
            String error) {
    }

    static WebhookDeliveryView of(WebhookDelivery delivery) {
        return new WebhookDeliveryView(delivery.deliveryId(), delivery.eventId(), delivery.eventType(), delivery.status(),
                delivery.createdAt(), delivery.nextAttemptAt().orElse(null),
                delivery.attempts().stream().map(attempt -> new Attempt(attempt.attempt(), attempt.attemptedAt(),
                        attempt.statusCode().orElse(null), attempt.error().orElse(null))).toList());
    }
}
