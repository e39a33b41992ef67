package ca.imp.offerservice.privacy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.range.PlainText;

/** The person at the employer to contact about the offer: personal data, so never in an event. */
public record EmployerContact(
        @Schema(description = "The contact's name.", example = "Dana Tremblay")
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlainText String name,
        @Schema(description = "The contact's email address.", example = "hr@maple-robotics.example")
        @NotBlank(message = "is required") @Email(message = "must be an email address") String email,
        @Schema(description = "The contact's phone number.", example = "+1 613 555 0100")
        @Pattern(regexp = "^\\+?[0-9 ()-]{7,20}$", message = "must be a telephone number") String phone) {

    /** Says nothing of the contact, so that logging it by mistake does not disclose it. */
    @Override
    public String toString() {
        return "EmployerContact[redacted]";
    }
}
