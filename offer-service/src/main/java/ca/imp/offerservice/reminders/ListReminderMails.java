package ca.imp.offerservice.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.access.Caller;
import ca.imp.eventstore.paging.Page;
import ca.imp.offerservice.employer.EmployerNotFound;

/** The reminder mails queued for an employer, newest first, with whether each went: to whom by role, never by address. */
@Singleton
public class ListReminderMails {
    private final Pool pool;

    ListReminderMails(Pool pool) {
        this.pool = pool;
    }

    /** Who a mail is for, by role: the address is personal data and is not listed. */
    public enum Recipient {
        /** The offer's employer contact. */
        OFFER_CONTACT,
        /** An address on the employer's list of reminder recipients. */
        LISTED_RECIPIENT
    }

    /** How far a mail went. */
    public enum Delivery {
        /** Queued, or refused and to be tried again. */
        PENDING,
        /** Handed to the SMTP server. */
        SENT,
        /** Not sent: the contact's personal data was erased, or the address left the list, before it went. */
        NO_ADDRESS,
        /** Refused by the SMTP server every time it was tried. */
        FAILED
    }

    public record SentMail(
            @Schema(description = "The reminder's (or elapse's) event id on imp.deadlines; with the recipient, the mail's identity.",
                    example = "0f8e2c1a-5b7d-4e3f-9a6b-2c4d8e1f3a5b")
            UUID eventId,
            @Schema(description = "Who the mail is for, by role.", example = "OFFER_CONTACT")
            Recipient recipient,
            @Schema(description = "The deadline the mail is about.", example = "7c1d9e4b-2a3f-4b5c-8d6e-9f0a1b2c3d4e")
            UUID deadlineId,
            @Schema(description = "The deadline's kind, as deadline-service names it.", example = "JUDICIAL_REVIEW_LEAVE")
            String kind,
            @Schema(description = "The deadline's due date.", example = "2026-07-02")
            LocalDate dueOn,
            @Schema(description = "The offer the deadline belongs to; absent for an inspection's.", example = "A8108406")
            String offerNumber,
            @Schema(description = "The inspection the deadline belongs to; absent for an offer's.",
                    example = "5d0c2b7e-8f1a-4c3d-9e2b-6a7f8c9d0e1f")
            String inspectionId,
            @Schema(description = "How many days ahead of the due date the reminder is; absent for an elapse.", example = "7")
            Integer daysBefore,
            @Schema(description = "Whether the mail says the deadline elapsed.", example = "false")
            boolean elapsed,
            @Schema(description = "Whether it went.", example = "SENT")
            Delivery delivery,
            @Schema(description = "How many times it was tried.", example = "1")
            int attempts,
            @Schema(description = "When it was queued.", example = "2026-06-25T13:00:02Z")
            Instant queuedAt,
            @Schema(description = "When it was sent, or given up; absent while pending.", example = "2026-06-25T13:00:05Z")
            Instant settledAt,
            @Schema(description = "Why the last try failed (the SMTP reply code), if it did.", example = "the SMTP server answered 451")
            String lastFailure) {
    }

    public Uni<Page<SentMail>> list(Caller caller, String businessNumber, int page, int size) {
        return Uni.createFrom().deferred(() -> {
            EmployerNotFound.unlessReadableBy(caller, businessNumber);
            return pool.preparedQuery("SELECT event_id, recipient, deadline_id, kind, due_date, offer_number, inspection_id,"
                            + " days_before, state, attempts, queued_at, settled_at, last_failure, count(*) OVER () AS total"
                            + " FROM reminder_mails WHERE business_number = $1 ORDER BY queued_at DESC, event_id, recipient"
                            + " LIMIT $2 OFFSET $3")
                    .execute(Tuple.of(businessNumber, size, (long) page * size))
                    .map(rows -> {
                        List<SentMail> items = new ArrayList<>();
                        long total = 0;
                        for (Row row : rows) {
                            total = row.getLong("total");
                            items.add(mail(row));
                        }
                        return new Page<>(items, page, size, total);
                    });
        });
    }

    private static SentMail mail(Row row) {
        Integer daysBefore = row.getInteger("days_before");
        return new SentMail(row.getUUID("event_id"),
                ReminderMail.OFFER_CONTACT.equals(row.getString("recipient")) ? Recipient.OFFER_CONTACT : Recipient.LISTED_RECIPIENT,
                row.getUUID("deadline_id"), row.getString("kind"), row.getLocalDate("due_date"), row.getString("offer_number"),
                row.getString("inspection_id"), daysBefore, daysBefore == null, Delivery.valueOf(row.getString("state")),
                row.getInteger("attempts"), row.getOffsetDateTime("queued_at").toInstant(),
                row.getOffsetDateTime("settled_at") == null ? null : row.getOffsetDateTime("settled_at").toInstant(),
                row.getString("last_failure"));
    }
}
