package ca.imp.decisionservice.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.NotTemporaryFactor;
import ca.imp.contract.decision.RefusalGround;
import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;

/**
 * An officer's decision on an application.
 *
 * @param communicatedOn when the applicant was told; the day of the decision when omitted
 * @param grounds          for a refusal, at least one; for any other outcome, none
 * @param factors          with a {@code NOT_TEMPORARY} ground, at least one factor the officer weighed; otherwise none
 * @param notesIncluded    whether the officer's notes came with the letter; false when omitted, because a letter
 *                         without notes is what every decision before 2025-07-29 was and what the portal still sends
 *                         in some cases, and because asking for the notes (GCMS) is the step that is never wrong
 * @param matterArose      where the matter arose (IRPA 72(2)(b)), when it is not where the applicant was
 * @param permitExpiresOn for an approval, the last day the work permit is valid; refused with any other outcome
 */
public record DecisionRequest(
        @Schema(description = "The officer's decision.", example = "REFUSED")
        @NotNull(message = "is required: APPROVED, REFUSED, WITHDRAWN or RETURNED")
        DecisionOutcome outcome,
        @Schema(description = "The day the decision was made.", example = "2026-06-16")
        @NotNull(message = "is required")
        @InDateRange(DateRange.PORTAL_ERA) LocalDate decidedOn,
        @Schema(description = "The day the applicant was told, from which deadlines run; the day of the decision when omitted.", example = "2026-06-16")
        @InDateRange(DateRange.PORTAL_ERA) LocalDate communicatedOn,
        @Schema(description = "For a refusal, at least one ground; for any other outcome, none.", example = "[\"NOT_TEMPORARY\"]")
        List<@NotNull(message = "must not be null") RefusalGround> grounds,
        @Schema(description = "With a NOT_TEMPORARY ground, at least one factor the officer weighed; otherwise none.", example = "[\"TRAVEL_HISTORY\"]")
        List<@NotNull(message = "must not be null") NotTemporaryFactor> factors,
        @Schema(description = "Whether the officer's decision notes came with the letter (IRCC includes them with most"
                + " work permit refusals since 2025-07-29); false when omitted. With notes, the next steps lead with reading"
                + " them instead of a GCMS request.", example = "true")
        Boolean notesIncluded,
        @Schema(description = "Where the matter arose for judicial review (IRPA 72(2)(b)): INSIDE_CANADA (15 days) or"
                + " OUTSIDE_CANADA (60 days). Omitted: where the applicant was. Practitioners take it as where the decision"
                + " was made.", example = "OUTSIDE_CANADA")
        ApplicantLocation matterArose,
        @Schema(description = "For an APPROVED decision (required there, refused with any other outcome): the day the"
                + " work permit expires, its last day of validity, after the decision date and at most 5 years after it"
                + " (published as DecisionRendered's permitValidUntil). deadline-service schedules the permit's expiry"
                + " and its reminders from it.", example = "2028-06-15")
        LocalDate permitExpiresOn) {

    public List<RefusalGround> groundsOrNone() {
        return grounds == null ? List.of() : grounds;
    }

    public List<NotTemporaryFactor> factorsOrNone() {
        return factors == null ? List.of() : factors;
    }

    public boolean notesCameWithTheLetter() {
        return Boolean.TRUE.equals(notesIncluded);
    }
}
