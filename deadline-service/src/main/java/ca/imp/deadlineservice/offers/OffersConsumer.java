package ca.imp.deadlineservice.offers;

import java.util.List;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.contract.inspection.DeterminationRendered;
import ca.imp.contract.inspection.InspectionEvent;
import ca.imp.contract.inspection.InspectionNoticed;
import ca.imp.contract.inspection.PenaltyPaid;
import ca.imp.contract.inspection.PreliminaryFindingAnswered;
import ca.imp.contract.inspection.PreliminaryFindingSent;
import ca.imp.contract.offer.ComplianceEvidenceRecorded;
import ca.imp.contract.offer.EmploymentStarted;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.contract.range.EventRanges;
import ca.imp.deadlineservice.compliance.ComplianceFacts;
import ca.imp.deadlineservice.deadline.DeadlineCommand;
import ca.imp.deadlineservice.deadline.Deadlines;
import ca.imp.deadlineservice.employer.OfferEmployers;
import ca.imp.eventstore.inbox.EventRoutes;
import ca.imp.eventstore.inbox.IncomingEvent;
import ca.imp.eventstore.inbox.RoutedConsumer;
import ca.imp.eventstore.runtime.IdempotentConsumers;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.Transaction;

/**
 * What offer-service announces that this service needs: whose offer each is, so an employer's
 * deadlines can be listed and put in their calendar, the first day of work it planned, the worker's first day of
 * employment, from which record retention and the rights information are counted, and the compliance evidence that
 * meets the rights information. Deadlines never wait for the offer: a decision may arrive
 * before its offer, and the employer is joined in when read.
 * The steps of an inspection of an employer (keyed by the inspection's id) start and meet the inspection's deadlines.
 */
@Singleton
public class OffersConsumer {
    private static final String CHANNEL = "offers";
    private final RoutedConsumer consumer;

    OffersConsumer(OfferEmployers employers, ComplianceFacts compliance, Deadlines deadlines, IdempotentConsumers consumers,
                   Today today) {
        EventRoutes routes = EventRoutes.create()
                .on(OfferSubmitted.class, (tx, event, submitted) -> Uni.createFrom().voidItem()
                        .invoke(() -> EventRanges.check(submitted))
                        .chain(() -> countFromPlannedFirstDay(tx, event, submitted, compliance, deadlines))
                        .chain(() -> employers.record(tx, submitted))
                        .chain(() -> compliance.recordPlannedFirstDay(tx, submitted)))
                .on(EmploymentStarted.class, (tx, event, started) -> Uni.createFrom().voidItem()
                        .invoke(() -> EventRanges.check(started, today.date()))
                        .chain(() -> compliance.holdAndRead(tx, started.offerNumber()))
                        .chain(known -> deadlines.handle(tx, new DeadlineCommand.CountFromEmploymentStart(started,
                                        event.envelope().id(), known.evidence()), causedBy(event)))
                        .replaceWithVoid())
                .on(ComplianceEvidenceRecorded.class, (tx, event, evidence) -> Uni.createFrom().voidItem()
                        .invoke(() -> EventRanges.check(evidence, today.date()))
                        .chain(() -> compliance.hold(tx, evidence.offerNumber()))
                        .chain(() -> deadlines.handle(tx, new DeadlineCommand.MeetWithEvidence(evidence), causedBy(event)))
                        .chain(() -> compliance.recordEvidence(tx, evidence)));
        for (Class<? extends InspectionEvent> step : List.of(InspectionNoticed.class, PreliminaryFindingSent.class,
                PreliminaryFindingAnswered.class, DeterminationRendered.class, PenaltyPaid.class)) {
            routes.on(step, (tx, event, inspection) -> Uni.createFrom().voidItem()
                    .invoke(() -> EventRanges.check(inspection, today.date()))
                    .chain(() -> deadlines.follow(tx, event, new DeadlineCommand.FollowInspection(inspection, event.envelope().id()))));
        }
        this.consumer = consumers.named("deadline-service/offers", CHANNEL, routes);
    }

    /**
     * A decision that came before its offer (two topics) counted nothing from the first day of work the offer plans:
     * it does now, under the offer's compliance hold, before the facts are recorded so that the deadline's append stays
     * the transaction's first write.
     */
    private static Uni<Void> countFromPlannedFirstDay(Transaction tx, IncomingEvent event, OfferSubmitted submitted,
                                                      ComplianceFacts compliance, Deadlines deadlines) {
        var job = submitted.terms().job();
        if (job == null || job.startDate() == null) {
            return Uni.createFrom().voidItem();
        }
        return compliance.holdAndRead(tx, submitted.offerNumber())
                .chain(known -> deadlines.follow(tx, event, new DeadlineCommand.CountFromPlannedFirstDay(
                        submitted.offerNumber(), job.startDate(), event.envelope().id(), known.evidence())));
    }

    private static EventMetadata causedBy(IncomingEvent event) {
        return event.causedBy(Caller.systemActor("deadline-service"));
    }

    @Incoming(CHANNEL)
    public Uni<Void> onOfferEvent(ConsumerRecord<String, String> record) {
        return consumer.consume(record);
    }
}
