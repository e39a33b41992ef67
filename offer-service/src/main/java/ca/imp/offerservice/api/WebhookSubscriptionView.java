package ca.imp.offerservice.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.offerservice.webhooks.WebhookSecret;
import ca.imp.offerservice.webhooks.WebhookSubscription;

/** A webhook subscription; its secret only in the answer to its registration or to a rotation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookSubscriptionView(
        @Schema(description = "The subscription's id.", example = "0b9b1c2e-6f0e-4b8e-9a55-3d5c8f1e2a47")
        UUID subscriptionId,
        @Schema(description = "The employer whose events it receives.", example = "123456789")
        String businessNumber,
        @Schema(description = "The endpoint.", example = "https://hooks.partner.example/imp")
        String url,
        @Schema(description = "The contract's names of the event types it receives.", example = "[\"DecisionRendered\", \"DeadlineScheduled\"]")
        List<String> eventTypes,
        @Schema(description = "ACTIVE, or STOPPED: nothing is delivered to it any more.", example = "ACTIVE")
        WebhookSubscription.Status status,
        @Schema(description = "When it was registered.", example = "2026-11-28T14:05:00Z")
        Instant createdAt,
        @Schema(description = "When it was stopped.", example = "2026-12-01T09:00:00Z")
        Instant stoppedAt,
        @Schema(description = "After a rotation: until when deliveries are signed with the replaced secret too (webhook-signature then holds two signatures).", example = "2026-11-29T14:05:00Z")
        Instant previousSecretEndsAt,
        @Schema(description = "The signing secret (whsec_ and base64), shown once: in the answer to the registration or to a rotation; keep it in your secret store.", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {

    static WebhookSubscriptionView of(WebhookSubscription subscription) {
        return of(subscription, null);
    }

    static WebhookSubscriptionView of(WebhookSubscription subscription, WebhookSecret secret) {
        return new WebhookSubscriptionView(subscription.subscriptionId(), subscription.businessNumber(), subscription.url(),
                subscription.eventTypes(), subscription.status(), subscription.createdAt(),
                subscription.stoppedAt().orElse(null), subscription.previousSecretUntil().orElse(null),
                secret == null ? null : secret.value());
    }
}
