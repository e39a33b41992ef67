package ca.imp.deadlineservice.offers;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.contract.range.EventRanges;
import ca.imp.deadlineservice.employer.OfferEmployers;
import ca.imp.eventstore.inbox.EventRoutes;
import ca.imp.eventstore.inbox.RoutedConsumer;
import ca.imp.eventstore.runtime.IdempotentConsumers;

/**
 * What offer-service announces that this service needs: whose offer each is, so an employer's
 * deadlines can be listed and put in their calendar. Deadlines never wait for it: a decision may
 * arrive before its offer, and the employer is joined in when read.
 */
@Singleton
public class OffersConsumer {
    private static final String CHANNEL = "offers";
    private final RoutedConsumer consumer;

    OffersConsumer(OfferEmployers employers, IdempotentConsumers consumers) {
        EventRoutes routes = EventRoutes.create().on(OfferSubmitted.class, (tx, event, submitted) -> Uni.createFrom().voidItem()
                .invoke(() -> EventRanges.check(submitted))
                .chain(() -> employers.record(tx, submitted)));
        this.consumer = consumers.named("deadline-service/offers", CHANNEL, routes);
    }

    @Incoming(CHANNEL)
    public Uni<Void> onOfferEvent(ConsumerRecord<String, String> record) {
        return consumer.consume(record);
    }
}
