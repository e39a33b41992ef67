package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * A payment of the employer compliance fee.
 *
 * @param paidOn the day of payment; today (in the configured zone) when omitted
 */
public record FeePaymentRequest(
        @NotNull(message = "is required") @Positive(message = "must be greater than zero")
        @Digits(integer = 7, fraction = 2, message = "must be an amount in dollars and cents")
        BigDecimal amount,
        @NotNull(message = "is required") @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 currency code such as CAD")
        String currency,
        LocalDate paidOn) {
}
