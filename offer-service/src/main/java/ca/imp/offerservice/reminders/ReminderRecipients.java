package ca.imp.offerservice.reminders;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who, beside each offer's employer contact, receives the employer's deadline reminders by email: personal data. */
public record ReminderRecipients(
        @Schema(description = "The employer's CRA business number.", example = "123456789")
        String businessNumber,
        @Schema(description = "The addresses the employer's deadline reminders and elapses are mailed to, beside each offer's"
                + " employer contact (e.g. its representative's).", example = "[\"counsel@firm.example\"]")
        List<String> emails) {

    static ReminderRecipients of(String businessNumber, List<ReminderRecipientLists.ReminderRecipient> recipients) {
        return new ReminderRecipients(businessNumber, recipients.stream().map(ReminderRecipientLists.ReminderRecipient::email).toList());
    }

    /** Says nothing of the addresses, so that logging it by mistake does not disclose them. */
    @Override
    public String toString() {
        return "ReminderRecipients[" + businessNumber + ", redacted]";
    }
}
