package ca.imp.offerservice.reminders;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One queued reminder mail: what it says of the deadline (as deadline-service said it) and to whom, by reference. It
 * names the deadline, its offer or inspection, its basis and the employer; never a worker.
 *
 * @param eventId    the reminder's (or elapse's) event id on imp.deadlines
 * @param recipient  {@link #OFFER_CONTACT}, or an entry of the employer's list ({@link #listed})
 * @param daysBefore how far ahead of its due date the reminder is; empty for an elapse
 */
public record ReminderMail(UUID eventId, String recipient, String businessNumber, UUID deadlineId,
                           Optional<String> offerNumber, Optional<String> inspectionId, String kind, LocalDate dueDate,
                           Optional<Integer> daysBefore, Optional<String> basis, Optional<String> source) {
    /** The offer's employer contact, whose address the offer's personal data holds. */
    public static final String OFFER_CONTACT = "offer-contact";
    private static final String LISTED = "recipient-";

    /** An address of the employer's reminder list, by its id there. */
    static String listed(UUID recipientId) {
        return LISTED + recipientId;
    }

    /** The id on the employer's list the mail is for; empty when it is for the offer's employer contact. */
    Optional<UUID> listedRecipient() {
        return recipient.startsWith(LISTED) ? Optional.of(UUID.fromString(recipient.substring(LISTED.length()))) : Optional.empty();
    }

    boolean elapsed() {
        return daysBefore.isEmpty();
    }

    /**
     * The same for every try of this mail to this recipient, so a mail sent again (after a crash between sending it and
     * recording it sent) carries the Message-ID of the first, and mail systems that deduplicate drop it.
     */
    String messageId(String domain) {
        return "<reminder." + eventId + "." + recipient + "@" + domain + ">";
    }

    /** The kind as words, e.g. {@code JUDICIAL_REVIEW_LEAVE} as "judicial review leave". */
    String kindInWords() {
        return kind.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
