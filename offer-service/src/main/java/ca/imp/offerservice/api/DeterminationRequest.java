package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.inspection.InspectionOutcome;
import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;

/** The final determination of an inspection. */
public record DeterminationRequest(
        @Schema(description = "What the determination found: COMPLIANT, or non-compliant with a WARNING, an administrative"
                + " monetary penalty (AMP) or a BAN.", example = "AMP")
        @NotNull(message = "is required") InspectionOutcome outcome,
        @Schema(description = "The administrative monetary penalty: for outcome AMP only, and then required.")
        @Valid Penalty penalty,
        @Schema(description = "How many violations the penalty is for (each worker and each element is one); 1 when omitted."
                + " For outcome AMP only.", example = "1")
        @Min(value = 1, message = "must be 1 or more") @Max(value = 1000, message = "must be at most 1000") Integer violations,
        @Schema(description = "How many years the ban lasts: for outcome BAN only, and then required.", example = "2")
        @Min(value = 1, message = "must be 1 or more") @Max(value = 99, message = "must be at most 99") Integer banYears,
        @Schema(description = "The day the determination was sent: not before the notice of inspection or the preliminary"
                + " finding, not after today.", example = "2026-12-15")
        @NotNull(message = "is required") @InDateRange(DateRange.PORTAL_ERA) LocalDate sentOn) {

    /** An amount of money. */
    public record Penalty(
            @Schema(description = "The amount, within the range per violation in force on sentOn times the violations.",
                    example = "5000.00")
            @NotNull(message = "is required") @Positive(message = "must be greater than zero")
            @Digits(integer = 9, fraction = 2, message = "must have at most 9 digits and 2 decimals") BigDecimal amount,
            @Schema(description = "ISO 4217 currency code.", example = "CAD")
            @NotNull(message = "is required") @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 currency code such as CAD")
            String currency) {
    }
}
