package ca.imp.offerservice.webhooks;

import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.paging.Page;

/** What was delivered to one of the employer's subscriptions, the newest first, each with its attempts. */
@Singleton
public class ListWebhookDeliveries {
    private final ReadWebhookSubscription read;
    private final WebhookDeliveries deliveries;

    ListWebhookDeliveries(ReadWebhookSubscription read, WebhookDeliveries deliveries) {
        this.read = read;
        this.deliveries = deliveries;
    }

    public Uni<Page<WebhookDelivery>> list(Caller caller, String businessNumber, UUID subscriptionId, int page, int size) {
        return read.read(caller, businessNumber, subscriptionId)
                .chain(found -> deliveries.ofSubscription(subscriptionId, page, size));
    }
}
