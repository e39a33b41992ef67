package ca.imp.contract.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An officer rendered a decision on the application.
 *
 * @param communicatedDate when the applicant was told (the decision date if absent); deadlines such as judicial review run from it
 * @param grounds          for a refusal, the officer's checkbox grounds (e.g. {@code NOT_TEMPORARY}); empty otherwise
 * @param factors          for a {@code NOT_TEMPORARY} refusal, the factors the officer weighed (e.g. {@code TRAVEL_HISTORY});
 *                         empty otherwise
 * @param invalidatesOffer whether this decision ends the offer number for good; decision-service decides it (its
 *                         invalidation policy), and every other service takes its word
 * @param notesIncluded    whether the officer's decision notes came with the letter (IRCC sends them with most
 *                         temporary resident refusals since 2025-07-29, not with every one). Absent, as in every event
 *                         from before the field, it reads false: no notes were sent before that day, and a decision
 *                         that does not say so is safer read as "ask for the notes" than as "read the notes you have"
 * @param matterArose      where the matter arose (IRPA 72(2)(b)) when the officer recorded it; null, as in every event
 *                         from before the field, means where the applicant was
 * @param permitValidUntil for an approval, the last day the work permit is valid (its expiry, from which an extension
 *                         is planned); null for every other outcome, and in every approval from before the field,
 *                         whose permit's end this product was never told
 */
public record DecisionRendered(String applicationId, String offerNumber, DecisionOutcome outcome,
                               LocalDate decisionDate, LocalDate communicatedDate,
                               ApplicantLocation applicantLocation, List<String> grounds, List<String> factors,
                               boolean invalidatesOffer, boolean notesIncluded, ApplicantLocation matterArose,
                               LocalDate permitValidUntil)
        implements DecisionEvent {

    /**
     * The outcomes that ended an offer number before this event said so itself: every decision on
     * the merits, and not a RETURNED application (an intake rejection). Events stored or published
     * without {@code invalidatesOffer} were decided under it, so they are read by it.
     */
    public static final Set<DecisionOutcome> INVALIDATING_BEFORE_THE_FIELD = Set.of(DecisionOutcome.APPROVED,
            DecisionOutcome.REFUSED, DecisionOutcome.WITHDRAWN);

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

    /** A decision that approves no permit, or an approval from before the permit's end was recorded. */
    public DecisionRendered(String applicationId, String offerNumber, DecisionOutcome outcome, LocalDate decisionDate,
                            LocalDate communicatedDate, ApplicantLocation applicantLocation, List<String> grounds,
                            List<String> factors, boolean invalidatesOffer, boolean notesIncluded,
                            ApplicantLocation matterArose) {
        this(applicationId, offerNumber, outcome, decisionDate, communicatedDate, applicantLocation, grounds, factors,
                invalidatesOffer, notesIncluded, matterArose, null);
    }

    /** A decision whose letter came without the officer's notes and that does not say where the matter arose. */
    public DecisionRendered(String applicationId, String offerNumber, DecisionOutcome outcome, LocalDate decisionDate,
                            LocalDate communicatedDate, ApplicantLocation applicantLocation, List<String> grounds,
                            List<String> factors, boolean invalidatesOffer) {
        this(applicationId, offerNumber, outcome, decisionDate, communicatedDate, applicantLocation, grounds, factors,
                invalidatesOffer, false, null);
    }

    /** A decision whose grounds (if any) need no factors. */
    public DecisionRendered(String applicationId, String offerNumber, DecisionOutcome outcome, LocalDate decisionDate,
                            LocalDate communicatedDate, ApplicantLocation applicantLocation, List<String> grounds,
                            boolean invalidatesOffer) {
        this(applicationId, offerNumber, outcome, decisionDate, communicatedDate, applicantLocation, grounds, List.of(),
                invalidatesOffer);
    }

    /**
     * Reads the data of schema version 1, from before {@code invalidatesOffer}, as version 2: the
     * field is derived by {@link #INVALIDATING_BEFORE_THE_FIELD}. The one home of that derivation;
     * decision-service's store and every consumer of {@code imp.decisions} upcast through it. Data
     * that already says it (sent with the default version by a hand-written producer) keeps its word.
     */
    public static ObjectNode fromVersion1(ObjectNode data) {
        if (!data.has("invalidatesOffer")) {
            String outcome = data.path("outcome").asText();
            data.put("invalidatesOffer", INVALIDATING_BEFORE_THE_FIELD.stream().anyMatch(o -> o.name().equals(outcome)));
        }
        return data;
    }
}
