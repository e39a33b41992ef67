package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;

/** The payment of an inspection's administrative monetary penalty. */
public record PenaltyPaymentRequest(
        @Schema(description = "The amount paid: exactly the penalty determined.", example = "5000.00")
        @NotNull(message = "is required") @Positive(message = "must be greater than zero")
        @Digits(integer = 9, fraction = 2, message = "must have at most 9 digits and 2 decimals") BigDecimal amount,
        @Schema(description = "ISO 4217 code of the currency paid in.", example = "CAD")
        @NotNull(message = "is required") @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 currency code such as CAD")
        String currency,
        @Schema(description = "The day of payment: not before the determination was sent, not after today; today (in the"
                + " configured zone) when omitted.", example = "2027-01-10")
        @InDateRange(DateRange.PORTAL_ERA) LocalDate paidOn) {
}
