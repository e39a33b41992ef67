package ca.imp.offerservice.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;

/**
 * The worker's first day of employment under an approved offer.
 *
 * @param startedOn the first day of employment; today (in the configured zone) when omitted
 */
public record EmploymentStartRequest(
        @Schema(description = "The worker's first day of employment: not before the approval, not after today;"
                + " today (in the configured zone) when omitted.", example = "2026-09-01")
        @InDateRange(DateRange.PORTAL_ERA) LocalDate startedOn) {
}
