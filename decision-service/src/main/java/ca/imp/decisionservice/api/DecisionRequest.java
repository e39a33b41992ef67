package ca.imp.decisionservice.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.NotTemporaryFactor;
import ca.imp.contract.decision.RefusalGround;
import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;

/**
 * An officer's decision on an application.
 *
 * @param communicatedDate when the applicant was told; the decision date when omitted
 * @param grounds          for a refusal, at least one; for any other outcome, none
 * @param factors          with a {@code NOT_TEMPORARY} ground, at least one factor the officer weighed; otherwise none
 */
public record DecisionRequest(
        @NotNull(message = "is required: APPROVED, REFUSED, WITHDRAWN or RETURNED")
        DecisionOutcome outcome,
        @NotNull(message = "is required")
        @InDateRange(DateRange.PORTAL_ERA) LocalDate decisionDate,
        @InDateRange(DateRange.PORTAL_ERA) LocalDate communicatedDate,
        List<@NotNull(message = "must not be null") RefusalGround> grounds,
        List<@NotNull(message = "must not be null") NotTemporaryFactor> factors) {

    public List<RefusalGround> groundsOrNone() {
        return grounds == null ? List.of() : grounds;
    }

    public List<NotTemporaryFactor> factorsOrNone() {
        return factors == null ? List.of() : factors;
    }
}
