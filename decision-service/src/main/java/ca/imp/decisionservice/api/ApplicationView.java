package ca.imp.decisionservice.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.decisionservice.application.ApplicationStatus;
import ca.imp.decisionservice.application.OfferApplications;

/** A work permit application and, once rendered, its decision. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(
        @Schema(description = "The application's id: the offer number, a dash and its rank among the offer's applications.", example = "A8108406-1")
        String applicationId,
        @Schema(description = "The offer number the application was made with.", example = "A8108406")
        String offerNumber,
        @Schema(description = "Where the worker applied from.", example = "INSIDE_CANADA")
        ApplicantLocation applicantLocation,
        @Schema(description = "The day the application was submitted.", example = "2026-05-01")
        LocalDate submittedOn,
        @Schema(description = "AWAITING_DECISION, or the decision's outcome once rendered.", example = "REFUSED")
        ApplicationStatus status,
        @Schema(description = "The officer's decision, once rendered.")
        Decision decision) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(
            @Schema(description = "The officer's decision.", example = "REFUSED")
            DecisionOutcome outcome,
            @Schema(description = "The day the decision was made.", example = "2026-06-16")
            LocalDate decidedOn,
            @Schema(description = "The day the applicant was told.", example = "2026-06-16")
            LocalDate communicatedOn,
            @Schema(description = "The grounds of a refusal.", example = "[\"NOT_TEMPORARY\"]")
            List<String> grounds,
            @Schema(description = "The factors weighed for a NOT_TEMPORARY ground.", example = "[\"TRAVEL_HISTORY\"]")
            List<String> factors,
            @Schema(description = "Whether the officer's decision notes came with the letter.", example = "true")
            boolean notesIncluded,
            @Schema(description = "Where the matter arose for judicial review, when the decision says; otherwise absent"
                    + " (where the applicant was).", example = "OUTSIDE_CANADA")
            ApplicantLocation matterArose,
            @Schema(description = "For an approval, the last day the work permit is valid; absent for other outcomes and"
                    + " for approvals recorded before the product asked for it.", example = "2028-06-15")
            LocalDate permitExpiresOn) {
    }

    static ApplicationView of(OfferApplications.Application application) {
        var registration = application.registration();
        var decided = application.decision();
        return new ApplicationView(registration.applicationId(), registration.offerNumber(),
                registration.applicantLocation(), registration.submittedOn(), application.status(),
                decided == null ? null : new Decision(decided.outcome(), decided.decisionDate(), decided.communicatedDate(),
                        decided.grounds(), decided.factors(), decided.notesIncluded(), decided.matterArose(),
                        decided.permitValidUntil()));
    }
}
