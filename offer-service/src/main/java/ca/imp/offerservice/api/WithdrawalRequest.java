package ca.imp.offerservice.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * An employer's withdrawal of an offer.
 *
 * @param withdrawnOn the day of the withdrawal; today (in the configured zone) when omitted
 */
public record WithdrawalRequest(
        @Size(max = 1000, message = "must be at most 1000 characters") String reason,
        LocalDate withdrawnOn) {
}
