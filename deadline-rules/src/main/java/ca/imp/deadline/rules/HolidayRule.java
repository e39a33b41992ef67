package ca.imp.deadline.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A holiday as the policy defines it.
 *
 * @param sundayObservedOnMonday Interpretation Act s.35(2): when New Year's Day, Canada Day or
 *     Remembrance Day falls on a Sunday, the Monday after is a holiday too
 * @param province null for a federal holiday; a province code makes it opt-in
 *     (s.35(1)(a) adopts provincial holidays "in" that province only)
 * @param effectiveFrom the first date on which an occurrence counts (null: no lower bound)
 * @param effectiveTo the last date on which an occurrence counts (null: no upper bound)
 * @param note why the entry is shaped as it is; for people editing the policy, never printed
 */
record HolidayRule(
        String name,
        DateRule rule,
        boolean sundayObservedOnMonday,
        String province,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String source,
        String note) {

    HolidayRule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("holiday name is required");
        }
        if (rule == null) {
            throw new IllegalArgumentException("holiday '" + name + "' has no rule");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("holiday '" + name + "' has no source");
        }
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("holiday '" + name + "' ends before it starts");
        }
    }

    /** The occurrence (and its substitute Monday, if any) that the rule produces for a year. */
    List<Holiday> occurrencesIn(int year) {
        List<Holiday> found = new ArrayList<>(2);
        rule.dateIn(year).filter(this::inEffectOn).ifPresent(date -> {
            found.add(new Holiday(date, name, source, province));
            if (sundayObservedOnMonday && date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                String monthDay = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + " " + date.getDayOfMonth();
                found.add(new Holiday(
                        date.plusDays(1),
                        name + " (observed; " + monthDay + " fell on a Sunday)",
                        source,
                        province));
            }
        });
        return found;
    }

    private boolean inEffectOn(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
