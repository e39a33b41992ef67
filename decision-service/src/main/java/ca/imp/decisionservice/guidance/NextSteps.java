package ca.imp.decisionservice.guidance;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.imp.contract.decision.DecisionOutcome;

/**
 * What an employer and a worker can do after a decision, in plain language.
 *
 * @param steps            what to do next, for outcomes other than a refusal
 * @param options          after a refusal, the options in the order that fits the grounds
 * @param grounds          after a refusal, each ground, what it means and which evidence answers it, the weightiest first
 * @param reapplicationBar after a misrepresentation finding, when applying is possible again
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NextSteps(String applicationId, String offerNumber, DecisionOutcome outcome, LocalDate decisionDate,
                        String summary, OfferConsequence offer, List<String> steps, List<Option> options,
                        List<GroundAdvice> grounds, ReapplicationBar reapplicationBar, String disclaimer,
                        String guidanceVersion) {

    /** @param fee REFUNDABLE, SPENT, NOT_REFUNDABLE or UNCHANGED */
    public record OfferConsequence(boolean numberUsable, String explanation, String fee, String feeExplanation,
                                   LocalDate refundFollowUpBy) {
    }

    /** @param due the date by which to act, for the options that have one */
    public record Option(String option, String title, String explanation, Due due) {
    }

    /** A date counted by the deadline rules, with how it was counted. */
    public record Due(String kind, LocalDate date, String basis, List<String> warnings) {
    }

    public record GroundAdvice(String ground, String meaning, List<String> evidence) {
    }

    public record ReapplicationBar(LocalDate endsOn, String explanation, Due basis) {
    }
}
