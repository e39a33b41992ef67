package ca.imp.offerservice.deadlines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.contract.deadline.DeadlineElapsed;
import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineMoved;
import ca.imp.contract.deadline.DeadlineReminderDue;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.eventstore.inbox.EventRoutes;
import ca.imp.eventstore.inbox.RoutedConsumer;
import ca.imp.eventstore.runtime.IdempotentConsumers;
import ca.imp.eventstore.store.Transaction;
import ca.imp.eventstore.store.Upcaster;
import ca.imp.offerservice.webhooks.QueueEventsForWebhooks;

/**
 * Keeps {@link Deadlines} as deadline-service publishes them: each scheduled deadline, where it moved, and whether it was
 * met or elapsed, each applied exactly once however often it is delivered, and queued in the same transaction for the
 * webhooks of the deadline's employer (a reminder only for those). deadline-service counts them; this only
 * remembers what it said, so that the inspection pack and the employer's views need not call it. A change to a deadline
 * never heard of cannot be applied: it is dead-lettered (and retried by operators once the deadline is known).
 */
@Singleton
public class DeadlinesConsumer {
    private static final String CHANNEL = "deadlines";

    private final RoutedConsumer consumer;

    DeadlinesConsumer(IdempotentConsumers consumers, QueueEventsForWebhooks webhooks) {
        EventRoutes routes = EventRoutes.create()
                .on(DeadlineScheduled.class, (tx, event, scheduled) -> execute(tx, """
                                INSERT INTO deadline (deadline_id, offer_number, inspection_id, business_number, kind, start_date,
                                                      due_date, basis, source, provisional, status)
                                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'OPEN') ON CONFLICT (deadline_id) DO NOTHING""",
                        scheduled.deadlineId(), scheduled.offerNumber(), scheduled.inspectionId(), scheduled.businessNumber(),
                        scheduled.kind(), scheduled.startDate(), scheduled.dueDate(), scheduled.basis(), scheduled.source(),
                        scheduled.provisional()).chain(() -> webhooks.queueForDeadline(tx, event, scheduled)),
                        // version 1, from before deadlines named their policy, which this view does not keep either way
                        new Upcaster("DeadlineScheduled", 1, DeadlineScheduled::fromVersion1))
                .on(DeadlineMoved.class, (tx, event, moved) -> known(moved.deadlineId(), execute(tx, """
                                UPDATE deadline SET start_date = $2, due_date = $3, basis = $4, source = $5, provisional = false
                                WHERE deadline_id = $1""",
                        moved.deadlineId(), moved.startDate(), moved.dueDate(), moved.basis(), moved.source()))
                        .chain(() -> webhooks.queueForDeadline(tx, event, moved)))
                .on(DeadlineMet.class, (tx, event, met) -> known(met.deadlineId(), execute(tx,
                        "UPDATE deadline SET status = 'MET', met_on = $2, met_note = $3 WHERE deadline_id = $1",
                        met.deadlineId(), met.metOn(), met.note()))
                        .chain(() -> webhooks.queueForDeadline(tx, event, met)))
                // met after it elapsed stays met: the elapse only ends a deadline still open
                .on(DeadlineElapsed.class, (tx, event, elapsed) -> known(elapsed.deadlineId(), execute(tx, """
                                UPDATE deadline SET status = CASE WHEN status = 'OPEN' THEN 'ELAPSED' ELSE status END
                                WHERE deadline_id = $1""",
                        elapsed.deadlineId()))
                        .chain(() -> webhooks.queueForDeadline(tx, event, elapsed)))
                // of no consequence here but to the employer's webhooks
                .on(DeadlineReminderDue.class, (tx, event, due) -> webhooks.queueForDeadline(tx, event, due));
        this.consumer = consumers.named("offer-service/deadlines", CHANNEL, routes);
    }

    @Incoming(CHANNEL)
    public Uni<Void> onDeadlineEvent(ConsumerRecord<String, String> record) {
        return consumer.consume(record);
    }

    /** Fails, so that the event is not claimed as applied, when it changed no deadline. */
    private static Uni<Void> known(UUID deadlineId, Uni<Integer> changed) {
        return changed.invoke(rows -> {
            if (rows == 0) {
                throw new IllegalStateException("deadline " + deadlineId + " is not known here: its DeadlineScheduled"
                        + " was not applied");
            }
        }).replaceWithVoid();
    }

    /** How many rows the statement changed. */
    private static Uni<Integer> execute(Transaction tx, String sql, Object... values) {
        // Tuple.of copies into a list that refuses nulls; an inspection's deadline has no offer, a met one may have no note
        return tx.preparedQuery(sql).execute(Tuple.tuple(new ArrayList<>(Arrays.asList(values)))).map(rows -> rows.rowCount());
    }
}
