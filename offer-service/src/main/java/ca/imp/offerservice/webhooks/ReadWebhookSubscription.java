package ca.imp.offerservice.webhooks;

import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.store.DomainRejection;

/** One of the employer's webhook subscriptions, without its secret. */
@Singleton
public class ReadWebhookSubscription {
    private final WebhookSubscriptions subscriptions;

    ReadWebhookSubscription(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    public Uni<WebhookSubscription> read(Caller caller, String businessNumber, UUID subscriptionId) {
        return Uni.createFrom().voidItem().invoke(() -> WebhookSubscriptions.unlessManagedBy(caller, businessNumber))
                .chain(() -> subscriptions.find(businessNumber, subscriptionId))
                .map(found -> found.orElseThrow(() -> new DomainRejection(new WebhookError.SubscriptionNotFound(subscriptionId))));
    }
}
