package ca.imp.offerservice.webhooks;

import java.time.Clock;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.store.Transactions;

/**
 * Stops a subscription: nothing more is delivered to it, not even what was still being retried (listed as STOPPED).
 * It stays listed with its deliveries; stopping it again changes nothing.
 */
@Singleton
public class StopWebhookSubscription {
    private final ReadWebhookSubscription read;
    private final WebhookSubscriptions subscriptions;
    private final Transactions transactions;
    private final Clock clock;

    StopWebhookSubscription(ReadWebhookSubscription read, WebhookSubscriptions subscriptions, Transactions transactions,
                            Clock clock) {
        this.read = read;
        this.subscriptions = subscriptions;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Uni<Void> stop(Caller caller, String businessNumber, UUID subscriptionId) {
        return read.read(caller, businessNumber, subscriptionId)
                .chain(found -> transactions.inTransaction(tx -> subscriptions.stop(tx, subscriptionId, clock.instant())));
    }
}
