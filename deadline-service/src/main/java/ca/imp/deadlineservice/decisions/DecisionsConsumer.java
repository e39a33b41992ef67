package ca.imp.deadlineservice.decisions;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.decision.GcmsNotesReceived;
import ca.imp.contract.decision.GcmsNotesRequested;
import ca.imp.contract.range.EventRanges;
import ca.imp.deadlineservice.compliance.ComplianceFacts;
import ca.imp.deadlineservice.deadline.DeadlineCommand;
import ca.imp.deadlineservice.deadline.Deadlines;
import ca.imp.eventstore.inbox.EventRoutes;
import ca.imp.eventstore.inbox.RoutedConsumer;
import ca.imp.eventstore.inbox.IncomingEvent;
import ca.imp.eventstore.runtime.IdempotentConsumers;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.Transaction;
import ca.imp.eventstore.store.Upcaster;

/**
 * What decision-service records that starts or stops a clock: a decision starts the deadlines on
 * the worker's options, an ATIP request starts the wait for GCMS notes and their arrival ends it.
 * Each takes effect exactly once; a decision whose dates are outside their ranges is not applied.
 */
@Singleton
public class DecisionsConsumer {
    private static final String CHANNEL = "decisions";
    private final Deadlines deadlines;
    private final RoutedConsumer consumer;

    DecisionsConsumer(Deadlines deadlines, ComplianceFacts compliance, IdempotentConsumers consumers, Today today) {
        this.deadlines = deadlines;
        EventRoutes routes = EventRoutes.create()
                .on(DecisionRendered.class, (tx, event, decision) -> Uni.createFrom().voidItem()
                        .invoke(() -> EventRanges.check(decision, today.date()))
                        .chain(() -> compliance.holdAndRead(tx, decision.offerNumber()))
                        .chain(known -> apply(tx, event, new DeadlineCommand.ScheduleDecisionDeadlines(decision,
                                event.envelope().id(), known.plannedFirstDay(), known.evidence()))),
                        new Upcaster("DecisionRendered", 1, DecisionRendered::fromVersion1))
                .on(GcmsNotesRequested.class, (tx, event, request) ->
                        apply(tx, event, new DeadlineCommand.ScheduleGcmsResponse(request, event.envelope().id())))
                .on(GcmsNotesReceived.class, (tx, event, received) ->
                        apply(tx, event, new DeadlineCommand.CloseGcmsResponse(received)));
        this.consumer = consumers.named("deadline-service/decisions", CHANNEL, routes);
    }

    @Incoming(CHANNEL)
    public Uni<Void> onDecisionEvent(ConsumerRecord<String, String> record) {
        return consumer.consume(record);
    }

    private Uni<Void> apply(Transaction tx, IncomingEvent event, DeadlineCommand command) {
        return deadlines.follow(tx, event, command);
    }
}
