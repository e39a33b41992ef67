package ca.imp.deadlineservice.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.RefusalGround;

/**
 * The facts of a decision, to see the deadlines it would start.
 *
 * @param communicatedDate when the applicant was told; the decision date when omitted
 */
public record PreviewRequest(
        @NotNull(message = "is required: APPROVED, REFUSED, WITHDRAWN or RETURNED") DecisionOutcome outcome,
        @NotNull(message = "is required") LocalDate decisionDate,
        LocalDate communicatedDate,
        @NotNull(message = "is required: INSIDE_CANADA or OUTSIDE_CANADA") ApplicantLocation applicantLocation,
        List<@NotNull(message = "must not be null") RefusalGround> grounds) {
}
