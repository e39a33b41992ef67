package ca.imp.offerservice.webhooks;

import java.time.Clock;
import java.util.List;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.AlsoRecord;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.Transactions;
import ca.imp.offerservice.reference.WebhookDeliveryPolicies;

/**
 * Registers an endpoint to which the employer's events of the types asked for are delivered from now on, with a new
 * secret it is signed with. The secret is answered here once; it is never shown again (a rotation makes a new one).
 */
@Singleton
public class RegisterWebhookSubscription {
    private final WebhookSubscriptions subscriptions;
    private final WebhookEndpoints endpoints;
    private final WebhookDeliveryPolicies policies;
    private final Transactions transactions;
    private final Clock clock;
    private final Today today;

    RegisterWebhookSubscription(WebhookSubscriptions subscriptions, WebhookEndpoints endpoints, WebhookDeliveryPolicies policies,
                                Transactions transactions, Clock clock, Today today) {
        this.subscriptions = subscriptions;
        this.endpoints = endpoints;
        this.policies = policies;
        this.transactions = transactions;
        this.clock = clock;
        this.today = today;
    }

    /** The subscription and its secret, which cannot be read later. */
    public record Registered(WebhookSubscription subscription, WebhookSecret secret) {
    }

    /** @param alsoRecord what else the registering transaction records, given the subscription's id (its Idempotency-Key) */
    public Uni<Registered> register(Caller caller, String businessNumber, String url, List<String> eventTypes,
                                    AlsoRecord alsoRecord) {
        return Uni.createFrom().item(() -> {
                    WebhookSubscriptions.unlessManagedBy(caller, businessNumber);
                    List<String> names = WebhookEventTypes.names(eventTypes);
                    endpoints.refusal(url).ifPresent(refusal -> {
                        throw new DomainRejection(refusal);
                    });
                    return names;
                })
                // resolving the endpoint's host blocks
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(names -> {
                    WebhookSecret secret = WebhookSecret.random(policies.inForceOn(today.date()).secretBytes());
                    return transactions.inTransaction(tx -> subscriptions.add(tx, businessNumber, url, names, secret,
                                    caller.actor(), clock.instant())
                            .call(subscription -> alsoRecord.in(tx, subscription.subscriptionId().toString()))
                            .map(subscription -> new Registered(subscription, secret)));
                });
    }
}
