package ca.imp.offerservice.webhooks;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.paging.Page;

/** The employer's webhook subscriptions, stopped ones included, the oldest first, a page at a time. */
@Singleton
public class ListWebhookSubscriptions {
    private final WebhookSubscriptions subscriptions;

    ListWebhookSubscriptions(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    public Uni<Page<WebhookSubscription>> list(Caller caller, String businessNumber, int page, int size) {
        return Uni.createFrom().voidItem().invoke(() -> WebhookSubscriptions.unlessManagedBy(caller, businessNumber))
                .chain(() -> subscriptions.ofEmployer(businessNumber, page, size));
    }
}
