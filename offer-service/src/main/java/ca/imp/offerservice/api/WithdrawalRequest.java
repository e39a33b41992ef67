package ca.imp.offerservice.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;
import ca.imp.contract.range.PlainText;

/**
 * An employer's withdrawal of an offer.
 *
 * @param withdrawnOn the day of the withdrawal; today (in the configured zone) when omitted
 */
public record WithdrawalRequest(
        @Schema(description = "Why the employer withdraws the offer, for its own records.", example = "The position was filled locally.")
        @Size(max = 1000, message = "must be at most 1000 characters") @PlainText(lines = true) String reason,
        @Schema(description = "The day of the withdrawal; today (in the configured zone) when omitted.", example = "2026-05-10")
        @InDateRange(DateRange.PORTAL_ERA) LocalDate withdrawnOn) {
}
