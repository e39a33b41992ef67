package ca.imp.offerservice.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.access.Caller;
import ca.imp.eventstore.store.Transaction;
import ca.imp.eventstore.store.Transactions;
import ca.imp.offerservice.privacy.PersonalDataRead;
import ca.imp.offerservice.privacy.PersonalDataVault;

/**
 * Sends the queued reminder mails over SMTP. Each mail is claimed (a row another instance holds is skipped), sent and
 * marked sent in one transaction, so two instances never send the same mail. A crash after the SMTP server took the
 * mail and before the mark commits sends it once more on the next round: both copies carry the same Message-ID
 * ({@link ReminderMail#messageId}), so mail systems that deduplicate drop the second. The address is read (the offer's
 * employer contact from its personal data, a listed one from the employer's sealed list) only to send, and is never
 * logged or stored with the mail; a contact erased, or an address taken off the list, before the mail went is not
 * written to. A refused mail is tried again later, each wait twice the last, and given up after the configured tries.
 */
@Singleton
public class SendReminderMails {
    public static final String ACTOR = Caller.systemActor("offer-service");
    private static final Logger LOG = Logger.getLogger(SendReminderMails.class);
    private static final Pattern REPLY_CODE = Pattern.compile("\\b([45]\\d\\d)\\b");
    private static final String COLUMNS = "event_id, recipient, business_number, deadline_id, offer_number, inspection_id,"
            + " kind, due_date, days_before, basis, source, attempts";

    private final Transactions transactions;
    private final PersonalDataVault vault;
    private final ReminderRecipientLists lists;
    private final ReactiveMailer mailer;
    private final Template subject;
    private final Template body;
    private final Clock clock;
    private final String markMetUrl;
    private final String messageIdDomain;
    private final int maxPerRound;
    private final int attempts;
    private final Duration firstRetry;

    SendReminderMails(Transactions transactions, PersonalDataVault vault, ReminderRecipientLists lists, ReactiveMailer mailer,
                      @Location("reminders/subject.txt") Template subject, @Location("reminders/body.txt") Template body,
                      Clock clock,
                      @ConfigProperty(name = "imp.reminders.mark-met-url") String markMetUrl,
                      @ConfigProperty(name = "imp.reminders.message-id-domain") String messageIdDomain,
                      @ConfigProperty(name = "imp.reminders.send-max-per-round") int maxPerRound,
                      @ConfigProperty(name = "imp.reminders.send-attempts") int attempts,
                      @ConfigProperty(name = "imp.reminders.first-retry") Duration firstRetry) {
        this.transactions = transactions;
        this.vault = vault;
        this.lists = lists;
        this.mailer = mailer;
        this.subject = subject;
        this.body = body;
        this.clock = clock;
        this.markMetUrl = markMetUrl;
        this.messageIdDomain = messageIdDomain;
        this.maxPerRound = maxPerRound;
        this.attempts = attempts;
        this.firstRetry = firstRetry;
    }

    @Scheduled(every = "${imp.reminders.send-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> sendQueued() {
        return sendQueued(maxPerRound)
                .onFailure().invoke(e -> LOG.warnf("reminder mail round stopped; the mail is tried again on the next round: %s",
                        e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Sends queued mails one by one until none is due or {@code limit} were handled; returns how many. */
    public Uni<Integer> sendQueued(int limit) {
        return Multi.createBy().repeating().uni(this::sendNext).until(handled -> !handled).select().first(limit)
                .collect().asList().map(List::size);
    }

    private Uni<Boolean> sendNext() {
        return transactions.inTransaction(tx -> tx.preparedQuery("SELECT " + COLUMNS + " FROM reminder_mails"
                        + " WHERE state = 'PENDING' AND next_attempt_at <= $1 ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED")
                .execute(Tuple.of(now()))
                .chain(rows -> rows.iterator().hasNext()
                        ? send(tx, rows.iterator().next()).replaceWith(true)
                        : Uni.createFrom().item(false)));
    }

    private Uni<Void> send(Transaction tx, Row row) {
        ReminderMail mail = mail(row);
        int tried = row.getInteger("attempts") + 1;
        return address(mail).onItemOrFailure().transformToUni((address, unreadable) -> {
            if (unreadable != null) {
                return failed(tx, mail, tried, "its address could not be read: " + unreadable.getMessage());
            }
            if (address.isEmpty()) {
                return settle(tx, mail, "NO_ADDRESS", tried, null);
            }
            Mail message = Mail.withText(address.get(), render(subject, mail).strip(), render(body, mail))
                    .addHeader("Message-ID", mail.messageId(messageIdDomain));
            return mailer.send(message)
                    .chain(() -> settle(tx, mail, "SENT", tried, null))
                    .onFailure().recoverWithUni(failure -> failed(tx, mail, tried, replyOf(failure)));
        });
    }

    private Uni<Optional<String>> address(ReminderMail mail) {
        Optional<UUID> listed = mail.listedRecipient();
        if (listed.isPresent()) {
            return lists.of(mail.businessNumber()).map(recipients -> recipients.stream()
                    .filter(r -> r.id().equals(listed.get())).map(ReminderRecipientLists.ReminderRecipient::email).findFirst());
        }
        return vault.readAsSystem(mail.offerNumber().orElseThrow(), ACTOR).map(read -> read instanceof PersonalDataRead.Kept kept
                ? Optional.of(kept.data().employerContact().email())
                : Optional.empty());
    }

    private String render(Template template, ReminderMail mail) {
        TemplateInstance instance = template
                .data("kind", mail.kind())
                .data("kindInWords", mail.kindInWords())
                .data("dueDate", mail.dueDate().toString())
                .data("offerNumber", mail.offerNumber().orElse(""))
                .data("inspectionId", mail.inspectionId().orElse(""))
                .data("elapsed", mail.elapsed())
                .data("daysBefore", mail.daysBefore().orElse(0))
                .data("basis", mail.basis().orElse(""))
                .data("source", mail.source().orElse(""))
                .data("markMetUrl", markMetUrl.replace("{deadlineId}", mail.deadlineId().toString()));
        return instance.render();
    }

    /**
     * The mail waits before its next try, so that a mail that keeps failing (a refused address, a record that cannot be
     * decrypted) never holds back the others queued after it.
     */
    private Uni<Void> failed(Transaction tx, ReminderMail mail, int tried, String reason) {
        LOG.warnf("reminder mail %s of event %s was not sent (try %d of %d): %s", mail.recipient(), mail.eventId(), tried,
                attempts, reason);
        if (tried >= attempts) {
            return settle(tx, mail, "FAILED", tried, reason);
        }
        OffsetDateTime next = now().plus(firstRetry.multipliedBy(1L << Math.min(tried - 1, 20)));
        return tx.preparedQuery("UPDATE reminder_mails SET attempts = $3, next_attempt_at = $4, last_failure = $5"
                        + " WHERE event_id = $1 AND recipient = $2")
                .execute(Tuple.of(mail.eventId(), mail.recipient(), tried, next, reason))
                .replaceWithVoid();
    }

    /** The SMTP server's answer may quote the address: only its reply code is kept. */
    private static String replyOf(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        Matcher code = REPLY_CODE.matcher(message);
        return code.find() ? "the SMTP server answered " + code.group(1) : "the SMTP server could not be reached or refused the mail";
    }

    private Uni<Void> settle(Transaction tx, ReminderMail mail, String state, int tried, String reason) {
        return tx.preparedQuery("UPDATE reminder_mails SET state = $3, attempts = $4, settled_at = $5, last_failure = $6"
                        + " WHERE event_id = $1 AND recipient = $2")
                .execute(Tuple.tuple(new ArrayList<>(Arrays.asList(mail.eventId(), mail.recipient(), state,
                        tried, now(), reason))))
                .replaceWithVoid();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static ReminderMail mail(Row row) {
        return new ReminderMail(row.getUUID("event_id"), row.getString("recipient"), row.getString("business_number"),
                row.getUUID("deadline_id"), Optional.ofNullable(row.getString("offer_number")),
                Optional.ofNullable(row.getString("inspection_id")), row.getString("kind"), row.getLocalDate("due_date"),
                Optional.ofNullable(row.getInteger("days_before")), Optional.ofNullable(row.getString("basis")),
                Optional.ofNullable(row.getString("source")));
    }
}
