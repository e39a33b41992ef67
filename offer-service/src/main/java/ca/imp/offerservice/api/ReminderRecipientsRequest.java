package ca.imp.offerservice.api;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole list of the employer's reminder recipients; an empty list removes (and erases) every address. */
public record ReminderRecipientsRequest(
        @Schema(description = "The addresses to mail the employer's deadline reminders and elapses to, beside each offer's"
                + " employer contact; they replace the list.", example = "[\"counsel@firm.example\"]")
        @NotNull(message = "is required") @Size(max = 20, message = "must list at most 20 addresses")
        List<@NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters")
                @Email(message = "must be an email address") String> emails) {

    /** Says nothing of the addresses, so that logging it by mistake does not disclose them. */
    @Override
    public String toString() {
        return "ReminderRecipientsRequest[redacted]";
    }
}
