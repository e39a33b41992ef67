package ca.imp.decisionservice.guidance;

import java.util.List;
import java.util.Map;

/**
 * The words of the next-step guidance, as data ({@code guidance/next-steps.json}): what each
 * option and ground means, which evidence answers each ground, and the order of the options each
 * ground calls for. Text can be corrected by counsel without touching code.
 *
 * @param misrepresentationBar what replaces "reapply" while the 5-year bar runs
 */
public record GuidanceCatalogue(String catalogueVersion, String disclaimer, OfferTexts offer, Map<String, OutcomeText> outcomes,
                                Map<String, OptionText> options, String misrepresentationBar, Map<String, GroundText> grounds,
                                Map<String, String> factors) {

    public record OfferTexts(String numberDead, String numberUsable, String feeRefundable, String feeSpent,
                             String feeNotRefundable, String feeRefundableIfEmployerWithdraws, String feeUntouched) {
    }

    public record OutcomeText(String summary, List<String> steps) {
    }

    public record OptionText(String title, String explanation) {
    }

    /**
     * @param severity   the ground with the highest severity leads: its option order is used
     * @param optionOrder the options this ground calls for, best first; an option left out does not fit it
     */
    public record GroundText(int severity, String meaning, List<String> evidence, List<String> optionOrder) {
    }
}
