package ca.imp.offerservice.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.contract.deadline.DeadlineElapsed;
import ca.imp.contract.deadline.DeadlineReminderDue;
import ca.imp.eventstore.inbox.EventRoutes;
import ca.imp.eventstore.inbox.RoutedConsumer;
import ca.imp.eventstore.runtime.IdempotentConsumers;
import ca.imp.eventstore.store.Transaction;

/**
 * Calendar applications ignore the alarms of subscribed feeds, so each reminder and each elapse deadline-service
 * publishes is also mailed: this queues one mail per recipient (the offer's employer contact, and each address on the
 * employer's reminder list) in the transaction that claims the event in its own inbox, so a redelivered event queues
 * nothing more. {@link SendReminderMails} sends them. The deadline's offer or inspection, employer and basis are read
 * from what {@code deadlines/} kept of it; a reminder of a deadline not kept yet fails and is retried, then
 * dead-lettered (and retried by operators) like any event that cannot be applied.
 */
@Singleton
public class QueueReminderMails {
    private static final String CHANNEL = "reminders";

    private final RoutedConsumer consumer;
    private final ReminderRecipientLists lists;
    private final Clock clock;

    QueueReminderMails(IdempotentConsumers consumers, ReminderRecipientLists lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
        EventRoutes routes = EventRoutes.create()
                .on(DeadlineReminderDue.class, (tx, event, due) -> queue(tx, event.envelope().id(), due.deadlineId(),
                        due.kind(), due.dueDate(), due.daysBefore()))
                .on(DeadlineElapsed.class, (tx, event, elapsed) -> queue(tx, event.envelope().id(), elapsed.deadlineId(),
                        elapsed.kind(), elapsed.dueDate(), null));
        this.consumer = consumers.named("offer-service/reminders", CHANNEL, routes);
    }

    @Incoming(CHANNEL)
    public Uni<Void> onDeadlineEvent(ConsumerRecord<String, String> record) {
        return consumer.consume(record);
    }

    /** @param daysBefore how far ahead of its due date the reminder is; null for an elapse */
    private Uni<Void> queue(Transaction tx, UUID eventId, UUID deadlineId, String kind, LocalDate dueDate, Integer daysBefore) {
        return tx.preparedQuery("SELECT d.offer_number, d.inspection_id, d.basis, d.source,"
                        + " COALESCE(d.business_number, s.business_number) AS business_number"
                        + " FROM deadline d LEFT JOIN offer_summary s ON s.offer_number = d.offer_number WHERE d.deadline_id = $1")
                .execute(Tuple.of(deadlineId))
                .chain(rows -> {
                    Row deadline = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    if (deadline == null || deadline.getString("business_number") == null) {
                        throw new IllegalStateException("deadline " + deadlineId + " is not known here yet: its DeadlineScheduled"
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
