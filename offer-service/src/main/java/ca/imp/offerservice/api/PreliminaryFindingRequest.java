package ca.imp.offerservice.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;

/** The notice of preliminary finding of an inspection. */
public record PreliminaryFindingRequest(
        @Schema(description = "The day the notice of preliminary finding was sent: not before the notice of inspection, not"
                + " after today.", example = "2026-11-02")
        @NotNull(message = "is required") @InDateRange(DateRange.PORTAL_ERA) LocalDate sentOn) {
}
