package ca.imp.offerservice.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;

/** A notice of inspection the employer received. */
public record InspectionNoticeRequest(
        @Schema(description = "The employer's offers the inspection covers, by number.", example = "[\"A8108406\"]")
        @NotEmpty(message = "must name at least one offer") @Size(max = 200, message = "must name at most 200 offers")
        List<@NotNull(message = "is required") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE) String> offerNumbers,
        @Schema(description = "The date of the notice of inspection: not after today.", example = "2026-10-01")
        @NotNull(message = "is required") @InDateRange(DateRange.PORTAL_ERA) LocalDate noticeOn,
        @Schema(description = "The date the notice gives for the documents it asks for: not before the notice.", example = "2026-10-31")
        @NotNull(message = "is required") @InDateRange(DateRange.PREVIEW) LocalDate documentsDueOn) {
}
