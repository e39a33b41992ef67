package ca.imp.decisionservice.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import ca.imp.contract.decision.ApplicantLocation;

/** A work permit application made with an employer's offer number. */
public record RegisterApplicationRequest(
        @NotNull(message = "is required") @Pattern(regexp = "^A\\d{7}$", message = "must be the letter A followed by 7 digits, e.g. A1234567")
        String offerNumber,
        @NotNull(message = "is required: INSIDE_CANADA or OUTSIDE_CANADA")
        ApplicantLocation applicantLocation,
        @NotNull(message = "is required")
        LocalDate submittedOn) {
}
