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
 */
public record ComputedDeadline(
        DeadlineKind kind,
        LocalDate startDate,
        LocalDate dueDate,
        String basis,
        String source,
        List<String> warnings) {

    public ComputedDeadline {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
