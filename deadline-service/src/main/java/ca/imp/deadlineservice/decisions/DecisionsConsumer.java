package ca.imp.deadlineservice.decisions;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.decision.GcmsNotesReceived;
import ca.imp.contract.decision.GcmsNotesRequested;
import ca.imp.deadlineservice.deadline.DeadlineCommand;
import ca.imp.deadlineservice.deadline.Deadlines;
import ca.imp.eventstore.inbox.IdempotentConsumer;
import ca.imp.eventstore.inbox.UnreadableEvent;
import ca.imp.eventstore.runtime.IdempotentConsumers;
import ca.imp.eventstore.store.CommandOutcome;
import ca.imp.eventstore.store.EventMetadata;

/**
 * What decision-service records that starts or stops a clock: a decision starts the deadlines on
 * the worker's options, an ATIP request starts the wait for GCMS notes and their arrival ends it.
 * Each takes effect exactly once.
 */
@Singleton
public class DecisionsConsumer {
    private final Deadlines deadlines;
    private final IdempotentConsumer consumer;

    DecisionsConsumer(Deadlines deadlines, IdempotentConsumers consumers) {
        this.deadlines = deadlines;
        this.consumer = consumers.named("deadline-service/decisions");
    }

    @Incoming("decisions")
    public Uni<Void> onDecisionEvent(ConsumerRecord<String, String> record) {
        return consumer.consume(record, (tx, event) -> {
            DeadlineCommand command;
            switch (event.type()) {
                case "DecisionRendered" ->
                        command = new DeadlineCommand.ScheduleDecisionDeadlines(event.as(DecisionRendered.class), event.envelope().id());
                case "GcmsNotesRequested" ->
                        command = new DeadlineCommand.ScheduleGcmsResponse(event.as(GcmsNotesRequested.class), event.envelope().id());
                case "GcmsNotesReceived" -> command = new DeadlineCommand.CloseGcmsResponse(event.as(GcmsNotesReceived.class));
                default -> {
                    return Uni.createFrom().voidItem();
                }
            }
            return deadlines.handle(tx, command,
                            EventMetadata.causedBy(event.envelope().id(), event.envelope().correlationId(), "decision-service"))
                    .chain(outcome -> outcome instanceof CommandOutcome.Rejected<?, ?> rejected
                            // an event no deadline can be counted or closed from is dead-lettered for an operator to see
                            ? Uni.createFrom().failure(new UnreadableEvent(rejected.error().detail()))
                            : Uni.createFrom().voidItem());
        });
    }
}
