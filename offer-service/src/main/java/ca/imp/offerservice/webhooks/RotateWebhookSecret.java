package ca.imp.offerservice.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.Transactions;
import ca.imp.offerservice.reference.WebhookDeliveryPolicies;

/**
 * Gives a subscription a new secret, answered here once. For the policy's overlap every delivery is signed with both,
 * the new one first (Standard Webhooks' zero-downtime rotation: the receiver accepts either while it switches), then
 * with the new one alone. A second rotation within the overlap drops the first replaced secret at once.
 */
@Singleton
public class RotateWebhookSecret {
    private final ReadWebhookSubscription read;
    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveryPolicies policies;
    private final Transactions transactions;
    private final Clock clock;
    private final Today today;

    RotateWebhookSecret(ReadWebhookSubscription read, WebhookSubscriptions subscriptions, WebhookDeliveryPolicies policies,
                        Transactions transactions, Clock clock, Today today) {
        this.read = read;
        this.subscriptions = subscriptions;
        this.policies = policies;
        this.transactions = transactions;
        this.clock = clock;
        this.today = today;
    }

    /** The subscription after the rotation, and its new secret, which cannot be read later. */
    public record Rotated(WebhookSubscription subscription, WebhookSecret secret) {
    }

    public Uni<Rotated> rotate(Caller caller, String businessNumber, UUID subscriptionId) {
        WebhookDeliveryPolicies.Policy policy = policies.inForceOn(today.date());
        WebhookSecret secret = WebhookSecret.random(policy.secretBytes());
        Instant overlapUntil = clock.instant().plus(policy.rotationOverlap());
        return read.read(caller, businessNumber, subscriptionId)
                .chain(found -> transactions.inTransaction(
                        tx -> subscriptions.rotate(tx, businessNumber, subscriptionId, secret, overlapUntil)))
                .invoke(rotated -> {
                    if (!rotated) {
                        throw new DomainRejection(new WebhookError.SubscriptionStopped(subscriptionId));
                    }
                })
                .chain(() -> read.read(caller, businessNumber, subscriptionId))
                .map(subscription -> new Rotated(subscription, secret));
    }
}
