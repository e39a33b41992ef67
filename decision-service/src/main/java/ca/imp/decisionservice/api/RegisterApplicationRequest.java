package ca.imp.decisionservice.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;

/** A work permit application made with an employer's offer number. */
public record RegisterApplicationRequest(
        @NotNull(message = "is required") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
        String offerNumber,
        @NotNull(message = "is required: INSIDE_CANADA or OUTSIDE_CANADA")
        ApplicantLocation applicantLocation,
        @NotNull(message = "is required")
        @InDateRange(DateRange.PORTAL_ERA) LocalDate submittedOn) {
}
