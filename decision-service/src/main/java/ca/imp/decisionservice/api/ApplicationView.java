package ca.imp.decisionservice.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.decisionservice.application.OfferApplications;

/** A work permit application and, once rendered, its decision. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(String applicationId, String offerNumber, ApplicantLocation applicantLocation,
                              LocalDate submittedOn, String status, Decision decision) {

    public record Decision(DecisionOutcome outcome, LocalDate decisionDate, LocalDate communicatedDate, List<String> grounds,
                           List<String> factors) {
    }

    static ApplicationView of(OfferApplications.Application application) {
        var registration = application.registration();
        var decided = application.decision();
        return new ApplicationView(registration.applicationId(), registration.offerNumber(),
                registration.applicantLocation(), registration.submittedOn(), decided == null ? "OPEN" : "DECIDED",
                decided == null ? null : new Decision(decided.outcome(), decided.decisionDate(), decided.communicatedDate(),
                        decided.grounds(), decided.factors()));
    }
}
