package ca.imp.decisionservice.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;

/** A work permit application made with an employer's offer number. */
public record RegisterApplicationRequest(
        @Schema(description = "The offer number the worker applied with.", example = "A8108406")
        @NotNull(message = "is required") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
        String offerNumber,
        @Schema(description = "Where the worker applied from; it decides the judicial review period (15 days inside Canada, 60 outside).", example = "INSIDE_CANADA")
        @NotNull(message = "is required: INSIDE_CANADA or OUTSIDE_CANADA")
        ApplicantLocation applicantLocation,
        @Schema(description = "The day the worker submitted the work permit application.", example = "2026-05-01")
        @NotNull(message = "is required")
        @InDateRange(DateRange.PORTAL_ERA) LocalDate submittedOn) {
}
