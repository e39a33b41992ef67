package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;
import ca.imp.contract.range.InMoneyRange;
import ca.imp.contract.range.MoneyRange;

/**
 * A payment of the employer compliance fee.
 *
 * @param paidOn the day of payment; today (in the configured zone) when omitted
 */
public record FeePaymentRequest(
        @Schema(description = "The amount paid: exactly the fee due.", example = "230.00")
        @NotNull(message = "is required") @Positive(message = "must be greater than zero")
        @InMoneyRange(MoneyRange.FEE) BigDecimal amount,
        @Schema(description = "ISO 4217 code of the currency paid in.", example = "CAD")
        @NotNull(message = "is required") @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 currency code such as CAD")
        String currency,
        @Schema(description = "The day of payment; today (in the configured zone) when omitted.", example = "2026-05-04")
        @InDateRange(DateRange.PORTAL_ERA) LocalDate paidOn) {
}
