package ca.imp.contract.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * An officer rendered a decision on the application.
 *
 * @param communicatedDate when the applicant was told; deadlines such as judicial review run from it
 * @param grounds          for a refusal, the officer's checkbox grounds (e.g. {@code NOT_TEMPORARY}); empty otherwise
 */
public record DecisionRendered(String applicationId, String offerNumber, DecisionOutcome outcome,
                               LocalDate decisionDate, LocalDate communicatedDate,
                               ApplicantLocation applicantLocation, List<String> grounds) implements DecisionEvent {
    public DecisionRendered {
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
    }
}
