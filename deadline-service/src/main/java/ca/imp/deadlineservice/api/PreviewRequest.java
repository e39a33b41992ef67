package ca.imp.deadlineservice.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.RefusalGround;
import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;

/**
 * The facts of a decision, to see the deadlines it would start.
 *
 * @param communicatedOn  when the applicant was told; the day of the decision when omitted
 * @param permitExpiresOn for an approval, the permit's last day of validity; omitted: no expiry is previewed
 */
public record PreviewRequest(
        @Schema(description = "The decision's outcome.", example = "REFUSED")
        @NotNull(message = "is required: APPROVED, REFUSED, WITHDRAWN or RETURNED") DecisionOutcome outcome,
        @Schema(description = "The day of the decision.", example = "2026-06-16")
        @NotNull(message = "is required") @InDateRange(DateRange.PREVIEW) LocalDate decidedOn,
        @Schema(description = "The day the applicant was told; the day of the decision when omitted.", example = "2026-06-16")
        @InDateRange(DateRange.PREVIEW) LocalDate communicatedOn,
        @Schema(description = "Where the worker applied from.", example = "INSIDE_CANADA")
        @NotNull(message = "is required: INSIDE_CANADA or OUTSIDE_CANADA") ApplicantLocation applicantLocation,
        @Schema(description = "For a refusal, its grounds.", example = "[\"NOT_TEMPORARY\"]")
        List<@NotNull(message = "must not be null") RefusalGround> grounds,
        @Schema(description = "Where the matter arose for judicial review (IRPA 72(2)(b)), when not where the worker"
                + " applied from: INSIDE_CANADA (15 days) or OUTSIDE_CANADA (60 days).", example = "OUTSIDE_CANADA")
        ApplicantLocation matterArose,
        @Schema(description = "For an APPROVED decision, the day the work permit expires, its last day of validity, as"
                + " decision-service's decision request names it: after the decision date and at most 5 years after it;"
                + " refused with any other outcome. With it the preview shows WORK_PERMIT_EXPIRY; omitted, no expiry is"
                + " previewed.", example = "2028-06-15")
        LocalDate permitExpiresOn) {
}
