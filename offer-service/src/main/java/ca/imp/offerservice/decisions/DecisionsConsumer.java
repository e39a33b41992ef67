package ca.imp.offerservice.decisions;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.decision.GcmsNotesReceived;
import ca.imp.contract.decision.GcmsNotesRequested;
import ca.imp.contract.range.EventRanges;
import ca.imp.eventstore.inbox.EventRoutes;
import ca.imp.eventstore.inbox.IncomingEvent;
import ca.imp.eventstore.inbox.RoutedConsumer;
import ca.imp.eventstore.runtime.IdempotentConsumers;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.CommandOutcome;
import ca.imp.eventstore.store.Transaction;
import ca.imp.eventstore.store.Upcaster;
import ca.imp.offerservice.offer.OfferCommand;
import ca.imp.offerservice.offer.Offers;
import ca.imp.offerservice.offer.RefundFollowUp;
import ca.imp.offerservice.webhooks.QueueEventsForWebhooks;

/**
 * What decision-service records about applications made with an offer: an application puts the
 * offer in use, a returned one gives it back, and a decision kills the number when decision-service says it does. Each takes effect
 * exactly once, however often it is delivered and whichever of two racing decisions arrives first.
 * One whose dates are outside their ranges is not applied (it fails with the range's reason). Each applied one is
 * queued, in the same transaction, for the webhooks of the offer's employer, and so are the GCMS notes' requests and
 * receipts.
 */
@Singleton
public class DecisionsConsumer {
    private static final String CHANNEL = "decisions";
    private static final Logger LOG = Logger.getLogger(DecisionsConsumer.class);

    private final Offers offers;
    private final RoutedConsumer consumer;

    DecisionsConsumer(Offers offers, RefundFollowUp refundFollowUp, IdempotentConsumers consumers, Today today,
                      QueueEventsForWebhooks webhooks) {
        this.offers = offers;
        EventRoutes routes = EventRoutes.create()
                .on(ApplicationRegistered.class, (tx, event, application) -> Uni.createFrom().voidItem()
                        .invoke(() -> EventRanges.check(application, today.date()))
                        .chain(() -> apply(tx, event, new OfferCommand.LinkApplication(application.offerNumber(),
                                application.applicationId(), application.submittedOn())))
                        .chain(() -> webhooks.queueForOffer(tx, event, application.offerNumber())))
                .on(DecisionRendered.class, (tx, event, decision) -> Uni.createFrom().voidItem()
                        .invoke(() -> EventRanges.check(decision, today.date()))
                        .chain(() -> apply(tx, event, new OfferCommand.InvalidateOffer(decision.offerNumber(),
                                decision.applicationId(), decision.outcome(), decision.invalidatesOffer(),
                                decision.decisionDate(), event.envelope().id(),
                                refundFollowUp.afterDecision(decision.decisionDate()), decision.permitValidUntil())))
                                .chain(() -> webhooks.queueForOffer(tx, event, decision.offerNumber())),
                        new Upcaster("DecisionRendered", 1, DecisionRendered::fromVersion1))
                // of no consequence here but to the employer's webhooks
                .on(GcmsNotesRequested.class, (tx, event, request) -> webhooks.queueForOffer(tx, event, request.offerNumber()))
                .on(GcmsNotesReceived.class, (tx, event, receipt) -> webhooks.queueForOffer(tx, event, receipt.offerNumber()));
        this.consumer = consumers.named("offer-service/decisions", CHANNEL, routes);
    }

    @Incoming(CHANNEL)
    public Uni<Void> onDecisionEvent(ConsumerRecord<String, String> record) {
        return consumer.consume(record);
    }

    private Uni<Void> apply(Transaction tx, IncomingEvent event, OfferCommand command) {
        return offers.handle(tx, command, event.causedBy(Caller.systemActor("offer-service")))
                .invoke(outcome -> {
                    if (outcome instanceof CommandOutcome.Rejected<?, ?> rejected) {
                        LOG.warnf("%s %s not applied to offer %s: %s", event.type(), event.envelope().id(),
                                command.offerNumber(), rejected.error().detail());
                    }
                })
                .replaceWithVoid();
    }
}
