package ca.imp.offerservice.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.contract.deadline.DeadlineElapsed;
import ca.imp.contract.deadline.DeadlineMoved;
import ca.imp.contract.deadline.DeadlineReminderDue;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.eventstore.inbox.EventRoutes;
import ca.imp.eventstore.inbox.IncomingEvent;
import ca.imp.eventstore.inbox.RoutedConsumer;
import ca.imp.eventstore.runtime.IdempotentConsumers;
import ca.imp.eventstore.store.Transaction;
import ca.imp.eventstore.store.Upcaster;

/**
 * Calendar applications ignore the alarms of subscribed feeds, so each reminder and each elapse deadline-service
 * publishes is also mailed: this queues one mail per recipient (the offer's employer contact, and each address on the
 * employer's reminder list) in the transaction that claims the event in its own inbox, so a redelivered event queues
 * nothing more. {@link SendReminderMails} sends them. The deadline's offer or inspection, employer and basis are those
 * its DeadlineScheduled (and DeadlineMoved) said, which this consumer keeps itself: they come before the reminder on the
 * same key, so in order, whatever the pace of the {@code deadlines/} projection's consumer group. A reminder of a
 * deadline never heard of fails, is retried, then dead-lettered (and retried by operators) like any event that cannot
 * be applied.
 */
@Singleton
public class QueueReminderMails {
    private static final String CHANNEL = "reminders";
    private static final Logger LOG = Logger.getLogger(QueueReminderMails.class);

    private final RoutedConsumer consumer;
    private final ReminderRecipientLists lists;
    private final Clock clock;
    private final Duration staleAfter;

    QueueReminderMails(IdempotentConsumers consumers, ReminderRecipientLists lists, Clock clock,
                       @ConfigProperty(name = "imp.reminders.stale-after") Duration staleAfter) {
        this.lists = lists;
        this.clock = clock;
        this.staleAfter = staleAfter;
        EventRoutes routes = EventRoutes.create()
                .on(DeadlineScheduled.class, (tx, event, scheduled) -> execute(tx, """
                                INSERT INTO reminder_deadlines (deadline_id, offer_number, inspection_id, business_number, basis, source)
                                VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (deadline_id) DO NOTHING""",
                        scheduled.deadlineId(), scheduled.offerNumber(), scheduled.inspectionId(), scheduled.businessNumber(),
                        scheduled.basis(), scheduled.source()),
                        // version 1, from before deadlines named their policy, which a mail does not name either way
                        new Upcaster("DeadlineScheduled", 1, DeadlineScheduled::fromVersion1))
                .on(DeadlineMoved.class, (tx, event, moved) -> execute(tx,
                        "UPDATE reminder_deadlines SET basis = $2, source = $3 WHERE deadline_id = $1",
                        moved.deadlineId(), moved.basis(), moved.source()))
                .on(DeadlineReminderDue.class, (tx, event, due) -> unlessStale(event, () -> queue(tx, event.envelope().id(),
                        due.deadlineId(), due.kind(), due.dueDate(), due.daysBefore())))
                .on(DeadlineElapsed.class, (tx, event, elapsed) -> unlessStale(event, () -> queue(tx, event.envelope().id(),
                        elapsed.deadlineId(), elapsed.kind(), elapsed.dueDate(), null)));
        this.consumer = consumers.named("offer-service/reminders", CHANNEL, routes);
    }

    @Incoming(CHANNEL)
    public Uni<Void> onDeadlineEvent(ConsumerRecord<String, String> record) {
        return consumer.consume(record);
    }

    /**
     * A reminder published long before it is read (the topic's history, read from its start by a new deployment, or
     * after an outage of days) is news no longer: it is not mailed, so that no one receives a flood of old reminders.
     */
    private Uni<Void> unlessStale(IncomingEvent event, Supplier<Uni<Void>> queue) {
        if (event.envelope().time().plus(staleAfter).isBefore(clock.instant())) {
            LOG.infof("reminder %s was published at %s, more than %s ago: not mailed", event.envelope().id(),
                    event.envelope().time(), staleAfter);
            return Uni.createFrom().voidItem();
        }
        return queue.get();
    }

    private static Uni<Void> execute(Transaction tx, String sql, Object... values) {
        // Tuple.of copies into a list that refuses nulls; an inspection's deadline has no offer, an offer's no inspection
        return tx.preparedQuery(sql).execute(Tuple.tuple(new ArrayList<>(Arrays.asList(values)))).replaceWithVoid();
    }

    /** @param daysBefore how far ahead of its due date the reminder is; null for an elapse */
    private Uni<Void> queue(Transaction tx, UUID eventId, UUID deadlineId, String kind, LocalDate dueDate, Integer daysBefore) {
        return tx.preparedQuery("SELECT d.offer_number, d.inspection_id, d.basis, d.source,"
                        + " COALESCE(d.business_number, s.business_number) AS business_number"
                        + " FROM reminder_deadlines d LEFT JOIN offer_summary s ON s.offer_number = d.offer_number"
                        + " WHERE d.deadline_id = $1")
                .execute(Tuple.of(deadlineId))
                .chain(rows -> {
                    Row deadline = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    if (deadline == null || deadline.getString("business_number") == null) {
                        throw new IllegalStateException("deadline " + deadlineId + " is not known here: its DeadlineScheduled"
                                + " (or its offer) was not applied");
                    }
                    String businessNumber = deadline.getString("business_number");
                    String offerNumber = deadline.getString("offer_number");
                    return lists.of(businessNumber).chain(listed -> {
                        List<String> recipients = new ArrayList<>();
                        if (offerNumber != null) {
                            recipients.add(ReminderMail.OFFER_CONTACT);
                        }
                        listed.forEach(recipient -> recipients.add(ReminderMail.listed(recipient.id())));
                        return insert(tx, recipients, eventId, businessNumber, deadlineId, offerNumber,
                                deadline.getString("inspection_id"), kind, dueDate, daysBefore, deadline.getString("basis"),
                                deadline.getString("source"));
                    });
                });
    }

    private Uni<Void> insert(Transaction tx, List<String> recipients, UUID eventId, String businessNumber, UUID deadlineId,
                             String offerNumber, String inspectionId, String kind, LocalDate dueDate, Integer daysBefore,
                             String basis, String source) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Tuple> rows = recipients.stream().map(recipient -> Tuple.tuple(new ArrayList<>(Arrays.asList(eventId, recipient,
                businessNumber, deadlineId, offerNumber, inspectionId, kind, dueDate, daysBefore, basis, source, now)))).toList();
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("""
                        INSERT INTO reminder_mails (event_id, recipient, business_number, deadline_id, offer_number, inspection_id,
                                                    kind, due_date, days_before, basis, source, state, queued_at, next_attempt_at)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'PENDING', $12, $12)
                        ON CONFLICT (event_id, recipient) DO NOTHING""")
                .executeBatch(rows).replaceWithVoid();
    }
}
