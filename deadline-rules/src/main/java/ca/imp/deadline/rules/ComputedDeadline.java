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
 */
public record ComputedDeadline(
        DeadlineKind kind,
        LocalDate startDate,
        LocalDate dueDate,
        String basis,
        String source,
        List<String> warnings,
        boolean provisional) {

    public ComputedDeadline {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
