package ca.imp.offerservice.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;
import ca.imp.contract.range.PlainText;

/** The employer's response to the preliminary finding. */
public record FindingResponseRequest(
        @Schema(description = "The day the employer responded: not before the preliminary finding was sent, not after today;"
                + " today (in the configured zone) when omitted.", example = "2026-11-20")
        @InDateRange(DateRange.PORTAL_ERA) LocalDate respondedOn,
        @Schema(description = "The employer's reference of its response (a document reference, not the document).",
                example = "HR-2026-117")
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlainText String reference) {
}
