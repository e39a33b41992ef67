package ca.imp.decisionservice.offers;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import ca.imp.contract.offer.FeeExemptionApplied;
import ca.imp.contract.offer.FeeExemptionClaimed;
import ca.imp.contract.offer.FeePaid;
import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.contract.range.EventRanges;
import ca.imp.contract.offer.OfferWithdrawn;
import ca.imp.eventstore.inbox.EventRoutes;
import ca.imp.eventstore.inbox.RoutedConsumer;
import ca.imp.eventstore.runtime.IdempotentConsumers;
import ca.imp.eventstore.runtime.Today;

/** What offer-service announces that decides whether an offer can serve an application, each applied once. */
@Singleton
public class OffersConsumer {
    private static final String CHANNEL = "offers";
    private final RoutedConsumer consumer;

    OffersConsumer(KnownOffers offers, IdempotentConsumers consumers, Today today) {
        EventRoutes routes = EventRoutes.create()
                .on(OfferSubmitted.class, (tx, event, submitted) -> Uni.createFrom().voidItem()
                        .invoke(() -> EventRanges.check(submitted))
                        .chain(() -> offers.submitted(tx, submitted.offerNumber(), submitted.terms().employer().businessNumber(),
                                today.dateOf(event.envelope().time()))))
                .on(FeePaid.class, (tx, event, paid) -> offers.feeSettled(tx, paid.offerNumber()))
                // an exempt fee is settled by offer-service's word for it, the exemption, not by a zero fee due
                .on(FeeExemptionApplied.class, (tx, event, exempt) -> offers.feeSettled(tx, exempt.offerNumber()))
                .on(FeeExemptionClaimed.class, (tx, event, claimed) -> Uni.createFrom().voidItem()
                        .invoke(() -> EventRanges.check(claimed))
                        .chain(() -> offers.feeSettled(tx, claimed.offerNumber())))
                .on(OfferWithdrawn.class, (tx, event, withdrawn) -> offers.withdrawn(tx, withdrawn.offerNumber()))
                .on(OfferInvalidated.class, (tx, event, invalidated) -> offers.invalidated(tx, invalidated));
        this.consumer = consumers.named("decision-service/offers", CHANNEL, routes);
    }

    @Incoming(CHANNEL)
    public Uni<Void> onOfferEvent(ConsumerRecord<String, String> record) {
        return consumer.consume(record);
    }
}
