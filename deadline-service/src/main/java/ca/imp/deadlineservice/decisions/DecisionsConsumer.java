package ca.imp.deadlineservice.decisions;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import ca.imp.contract.decision.DecisionRendered;
import ca.imp.deadlineservice.deadline.DeadlineCommand;
import ca.imp.deadlineservice.deadline.Deadlines;
import ca.imp.eventstore.inbox.IdempotentConsumer;
import ca.imp.eventstore.inbox.UnreadableEvent;
import ca.imp.eventstore.runtime.IdempotentConsumers;
import ca.imp.eventstore.store.CommandOutcome;
import ca.imp.eventstore.store.EventMetadata;

/** A decision starts the clocks on the worker's options: each decision's deadlines are scheduled exactly once. */
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
        return consumer.consume(record, DecisionRendered.class, (tx, event, decision) ->
                deadlines.handle(tx, new DeadlineCommand.ScheduleDecisionDeadlines(decision, event.envelope().id()),
                            EventMetadata.causedBy(event.envelope().id(), event.envelope().correlationId(), "decision-service"))
                    .chain(outcome -> outcome instanceof CommandOutcome.Rejected<?, ?> rejected
                            // a decision no deadline can be counted from is dead-lettered for an operator to see
                            ? Uni.createFrom().failure(new UnreadableEvent(rejected.error().detail()))
                            : Uni.createFrom().voidItem()));
    }
}
