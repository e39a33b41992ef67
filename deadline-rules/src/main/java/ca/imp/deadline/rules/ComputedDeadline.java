package ca.imp.deadline.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * A counted deadline.
 *
 * @param startDate the day the count starts from (not itself counted)
 * @param dueDate the last day, after any move off a holiday
 * @param basis plain English account of the count, ending with its sources
 * @param source the citations alone
 * @param warnings what a person must check before relying on the date; empty when nothing
 * @param provisional counted from a stand-in for its start (the approval, for the first day of employment) until
 *     the start is known; the deadline then moves
 * @param policyVersion the {@code policyVersion} of the policy data that counted it (the day its rules last changed),
 *     so that a count under older rules can be told from one under newer ones
 * @param ruleEffectiveFrom the {@code effectiveFrom} of the version of the kind's rule that counted it, which names that
 *     version within the policy; null when the version has none (in force as far back as the policy goes)
 */
public record ComputedDeadline(
        DeadlineKind kind,
        LocalDate startDate,
        LocalDate dueDate,
        String basis,
        String source,
        List<String> warnings,
        boolean provisional,
        String policyVersion,
        LocalDate ruleEffectiveFrom) {

    public ComputedDeadline {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
