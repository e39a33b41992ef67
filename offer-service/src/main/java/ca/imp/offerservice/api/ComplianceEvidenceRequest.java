package ca.imp.offerservice.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;
import ca.imp.contract.range.PlainText;

/**
 * Evidence that an obligation was met: which obligation, and the document that shows it by reference and date. The
 * document itself stays with the employer; nothing here is personal data.
 */
public record ComplianceEvidenceRequest(
        @Schema(description = "The obligation met: an id GET /offers/{offerNumber}/compliance lists.", example = "RIGHTS_INFORMATION")
        @NotBlank(message = "is required")
        @Pattern(regexp = "^[A-Z][A-Z0-9_]{0,63}$", message = "must be an obligation id such as RIGHTS_INFORMATION")
        String obligation,
        @Schema(description = "The employer's reference to the document that shows it (a file name, a register number); not"
                + " the document, and no personal data.", example = "HR file 2026-118, rights information sheet")
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") @PlainText
        String reference,
        @Schema(description = "The date of the document.", example = "2026-09-01")
        @NotNull(message = "is required") @InDateRange(DateRange.PORTAL_ERA) LocalDate documentOn,
        @Schema(description = "What else an inspector should read, if anything.", example = "Given in French, as the worker chose.")
        @Size(max = 1000, message = "must be at most 1000 characters") @PlainText(lines = true)
        String note) {
}
