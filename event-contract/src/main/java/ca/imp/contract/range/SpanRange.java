package ca.imp.contract.range;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * The plausible window of a date counted from another date of the same fact, by what the span
 * means. Policy, stated once, as {@link DateRange} is for dates counted from today: the producing
 * service's rules and every consumer of the event ({@link EventRanges}) use these windows.
 */
public enum SpanRange {
    /**
     * The last day of a work permit's validity, from the decision that approved it: after the
     * decision date (a permit valid only on the day it was approved is no permit) and at most 5
     * years after it, the longest an employer-specific work permit is planned for.
     */
    PERMIT_VALIDITY(decided -> decided.plusDays(1), decided -> decided.plusYears(5));

    /**
     * The rule a date outside its span breaks. Not {@link DateRange#RULE}: a span relates two dates of one request,
     * so it is a rule of the fact (422), not of one field's form (400).
     */
    public static final String RULE = "in-span-range";

    private final UnaryOperator<LocalDate> earliest;
    private final UnaryOperator<LocalDate> latest;

    SpanRange(UnaryOperator<LocalDate> earliest, UnaryOperator<LocalDate> latest) {
        this.earliest = earliest;
        this.latest = latest;
    }

    public LocalDate earliest(LocalDate from) {
        return earliest.apply(from);
    }

    public LocalDate latest(LocalDate from) {
        return latest.apply(from);
    }

    /** True for an absent date: whether a date is required is another rule. */
    public boolean contains(LocalDate date, LocalDate from) {
        return date == null || !(date.isBefore(earliest(from)) || date.isAfter(latest(from)));
    }

    /** What a client reads when its date is outside, e.g. "must be between 2026-06-17 and 2031-06-16". */
    public String requirement(LocalDate from) {
        return "must be between " + earliest(from) + " and " + latest(from);
    }

    /** The consumers' check: throws {@link OutOfRange} naming the field and this rule. */
    public void check(String field, LocalDate date, LocalDate from) {
        if (!contains(date, from)) {
            throw new OutOfRange(field, RULE, requirement(from));
        }
    }
}
