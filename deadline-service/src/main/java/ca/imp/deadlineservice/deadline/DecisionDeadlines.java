package ca.imp.deadlineservice.deadline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.deadline.rules.ComputedDeadline;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.deadline.rules.DecisionFacts;

/**
 * The deadlines a decision starts, from the deadline rules: the one path by which both a rendered
 * decision and a preview are counted, so a preview shows exactly what would be scheduled.
 */
public final class DecisionDeadlines {
    private final DeadlineRules rules;

    public DecisionDeadlines(DeadlineRules rules) {
        this.rules = rules;
    }

    /**
     * @param matterArose      where the matter arose for judicial review; null: where the applicant was
     * @param permitValidUntil the last day of the permit an approval grants; null when the decision does not say
     * @param plannedFirstDay  the first day of work the offer planned; null when it is not known
     * @throws IllegalArgumentException with a readable reason when the facts allow no count
     */
    public List<ComputedDeadline> of(DecisionOutcome outcome, LocalDate decisionDate, LocalDate communicatedDate,
                                     ApplicantLocation location, Collection<String> grounds, ApplicantLocation matterArose,
                                     LocalDate permitValidUntil, LocalDate plannedFirstDay) {
        return rules.forDecision(DecisionFacts.named(outcome.name(), decisionDate, communicatedDate, location.name(), grounds,
                matterArose == null ? null : matterArose.name(), permitValidUntil, plannedFirstDay));
    }
}
