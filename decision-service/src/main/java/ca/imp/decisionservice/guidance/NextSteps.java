package ca.imp.decisionservice.guidance;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
public record NextSteps(
        @Schema(description = "The application decided.", example = "A8108406-1")
        String applicationId,
        @Schema(description = "The offer number it was made with.", example = "A8108406")
        String offerNumber,
        @Schema(description = "The decision's outcome.", example = "REFUSED")
        DecisionOutcome outcome,
        @Schema(description = "The day of the decision.", example = "2026-06-16")
        LocalDate decidedOn,
        @Schema(description = "What the decision means, in a sentence.", example = "The work permit application was refused.")
        String summary,
        @Schema(description = "What the decision means for the offer number and its fee.")
        OfferConsequence offer,
        @Schema(description = "What to do next, for outcomes other than a refusal.", example = "[\"The worker can travel to Canada with the letter of introduction.\"]")
        List<String> steps,
        @Schema(description = "After a refusal, the options in the order that fits the grounds.")
        List<Option> options,
        @Schema(description = "After a refusal, each ground, what it means and which evidence answers it, the weightiest first.")
        List<GroundAdvice> grounds,
        @Schema(description = "After a misrepresentation finding, when applying is possible again.")
        ReapplicationBar reapplicationBar,
        @Schema(description = "This is information, not legal advice.", example = "Information, not legal advice.")
        String disclaimer,
        @Schema(description = "The version of the guidance this was written from.", example = "2026-01")
        String guidanceVersion) {

    /**
     * What a decision means for the compliance fee, as far as the decision alone says: decision-service does not
     * know whether the fee was paid or exempt, so this is the consequence, not the fee's status (offer-service's).
     */
    public enum FeeConsequence {
        REFUNDABLE, SPENT, NOT_REFUNDABLE, REFUNDABLE_IF_EMPLOYER_WITHDRAWS, UNCHANGED
    }

    /**
     * @param fee           REFUNDABLE, SPENT, NOT_REFUNDABLE, REFUNDABLE_IF_EMPLOYER_WITHDRAWS or UNCHANGED
     * @param withdrawOffer after the applicant's own withdrawal, the offer-service operation that recovers the fee
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OfferConsequence(
            @Schema(description = "Whether the offer number can still be used.", example = "false")
            boolean numberUsable,
            @Schema(description = "What the decision means for the offer number.", example = "The offer number is dead; a new offer and fee are needed.")
            String explanation,
            @Schema(description = "What the decision means for the fee: REFUNDABLE after a refusal, SPENT after an approval,"
                    + " REFUNDABLE_IF_EMPLOYER_WITHDRAWS after the applicant's own withdrawal (IRPR 303.1(6) refunds it only"
                    + " when the employer withdraws the offer), NOT_REFUNDABLE when the number ends otherwise, UNCHANGED"
                    + " when it stays usable.", example = "REFUNDABLE")
            FeeConsequence fee,
            @Schema(description = "What becomes of the fee, in words.", example = "The fee is refunded after a refusal (IRPR 303.1(6)).")
            String feeExplanation,
            @Schema(description = "When to chase a refund owed that has not arrived.", example = "2026-09-14")
            LocalDate refundFollowUpOn,
            @Schema(description = "After the applicant's own withdrawal: the offer-service operation (withdrawOffer,"
                    + " POST) by which the employer withdraws the offer and so recovers the fee.",
                    example = "/offers/A8108406/withdrawal")
            String withdrawOffer) {
    }

    /** @param due the date by which to act, for the options that have one */
    public record Option(
            @Schema(description = "The option's code.", example = "JUDICIAL_REVIEW")
            String option,
            @Schema(description = "The option's name.", example = "Apply for leave for judicial review")
            String title,
            @Schema(description = "What the option is and when it fits.", example = "Ask the Federal Court to review the decision.")
            String explanation,
            @Schema(description = "The date by which to act, for the options that have one.")
            Due due) {
    }

    /** A date counted by the deadline rules, with how it was counted. */
    public record Due(
            @Schema(description = "The deadline's kind.", example = "JUDICIAL_REVIEW_LEAVE")
            String kind,
            @Schema(description = "The day it is due.", example = "2026-07-02")
            LocalDate dueOn,
            @Schema(description = "How the date was counted, with its source, in plain language.", example = "15 days after the decision was communicated (IRPA 72(2)(b)); Canada Day moves it to the next day.")
            String basis,
            @Schema(description = "What to verify before relying on the date.", example = "[\"Verify with counsel.\"]")
            List<String> warnings) {
    }

    public record GroundAdvice(
            @Schema(description = "The refusal ground.", example = "NOT_TEMPORARY")
            String ground,
            @Schema(description = "What the ground means.", example = "The officer was not satisfied the worker would leave at the end of the stay.")
            String meaning,
            @Schema(description = "The evidence that answers it.", example = "[\"Proof of ties to the home country\"]")
            List<String> evidence) {
    }

    public record ReapplicationBar(
            @Schema(description = "The first day applying is possible again.", example = "2031-06-17")
            LocalDate endsOn,
            @Schema(description = "Why, in words.", example = "A misrepresentation finding bars applying for 5 years (IRPA 40(2)(a)).")
            String explanation,
            @Schema(description = "How the date was counted.")
            Due basis) {
    }
}
