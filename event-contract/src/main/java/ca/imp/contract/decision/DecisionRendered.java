package ca.imp.contract.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An officer rendered a decision on the application.
 *
 * @param communicatedDate when the applicant was told (the decision date if absent); deadlines such as judicial review run from it
 * @param grounds          for a refusal, the officer's checkbox grounds (e.g. {@code NOT_TEMPORARY}); empty otherwise
 * @param factors          for a {@code NOT_TEMPORARY} refusal, the factors the officer weighed (e.g. {@code TRAVEL_HISTORY});
 *                         empty otherwise
 */
public record DecisionRendered(String applicationId, String offerNumber, DecisionOutcome outcome,
                               LocalDate decisionDate, LocalDate communicatedDate,
                               ApplicantLocation applicantLocation, List<String> grounds, List<String> factors)
        implements DecisionEvent {
    public DecisionRendered {
        Objects.requireNonNull(applicationId, "applicationId is required");
        Objects.requireNonNull(offerNumber, "offerNumber is required");
        Objects.requireNonNull(outcome, "outcome is required");
        Objects.requireNonNull(decisionDate, "decisionDate is required");
        Objects.requireNonNull(applicantLocation, "applicantLocation is required");
        communicatedDate = communicatedDate == null ? decisionDate : communicatedDate;
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
        factors = factors == null ? List.of() : List.copyOf(factors);
    }

    /** A decision whose grounds (if any) need no factors. */
    public DecisionRendered(String applicationId, String offerNumber, DecisionOutcome outcome, LocalDate decisionDate,
                            LocalDate communicatedDate, ApplicantLocation applicantLocation, List<String> grounds) {
        this(applicationId, offerNumber, outcome, decisionDate, communicatedDate, applicantLocation, grounds, List.of());
    }
}
