package ca.imp.offerservice.decisions;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

import ca.imp.contract.decision.DecisionRendered;
import ca.imp.eventstore.inbox.IdempotentConsumer;
import ca.imp.eventstore.runtime.IdempotentConsumers;
import ca.imp.eventstore.store.CommandOutcome;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.offerservice.offer.OfferCommand;
import ca.imp.offerservice.offer.Offers;

/**
 * A decision on an application kills the offer number it used: exactly once, however often the
 * decision is delivered and whichever of two racing decisions arrives first.
 */
@Singleton
public class DecisionsConsumer {
    private static final Logger LOG = Logger.getLogger(DecisionsConsumer.class);

    private final Offers offers;
    private final IdempotentConsumer consumer;

    DecisionsConsumer(Offers offers, IdempotentConsumers consumers) {
        this.offers = offers;
        this.consumer = consumers.named("offer-service/decisions");
    }

    @Incoming("decisions")
    public Uni<Void> onDecisionEvent(ConsumerRecord<String, String> record) {
        return consumer.consume(record, DecisionRendered.class, (tx, event, decision) -> {
            var command = new OfferCommand.InvalidateOffer(decision.offerNumber(), decision.applicationId(),
                    decision.outcome(), decision.decisionDate(), event.envelope().id());
            return offers.handle(tx, command, EventMetadata.causedBy(event.envelope().id(),
                            event.envelope().correlationId(), "decision-service"))
                    .invoke(outcome -> {
                        if (outcome instanceof CommandOutcome.Rejected<?, ?> rejected) {
                            LOG.warnf("decision %s on application %s not applied to offer %s: %s", event.envelope().id(),
                                    decision.applicationId(), decision.offerNumber(), rejected.error().detail());
                        }
                    })
                    .replaceWithVoid();
        });
    }
}
