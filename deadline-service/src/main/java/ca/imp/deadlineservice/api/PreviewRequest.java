package ca.imp.deadlineservice.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.RefusalGround;
import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;

/**
 * The facts of a decision, to see the deadlines it would start.
 *
 * @param communicatedDate when the applicant was told; the decision date when omitted
 */
public record PreviewRequest(
        @NotNull(message = "is required: APPROVED, REFUSED, WITHDRAWN or RETURNED") DecisionOutcome outcome,
        @NotNull(message = "is required") @InDateRange(DateRange.PREVIEW) LocalDate decisionDate,
        @InDateRange(DateRange.PREVIEW) LocalDate communicatedDate,
        @NotNull(message = "is required: INSIDE_CANADA or OUTSIDE_CANADA") ApplicantLocation applicantLocation,
        List<@NotNull(message = "must not be null") RefusalGround> grounds) {
}
