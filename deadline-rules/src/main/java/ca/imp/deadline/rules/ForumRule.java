package ca.imp.deadline.rules;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * A forum's definition of "holiday": its weekly holidays on top of the named holidays every
 * forum shares (the Federal Courts Rules adopt the Interpretation Act s.35(1) list and add Saturday).
 *
 * @param name how the basis text names the forum, e.g. "the Federal Courts Rules"
 * @param seasonalRecess null when the forum has none
 */
record ForumRule(Forum forum, String name, Set<DayOfWeek> weeklyHolidays, String source, SeasonalRecess seasonalRecess) {

    ForumRule {
        if (forum == null) {
            throw new IllegalArgumentException("forum is required");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("forum " + forum + " has no name");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("forum " + forum + " has no source");
        }
        weeklyHolidays = weeklyHolidays == null ? Set.of() : Set.copyOf(weeklyHolidays);
    }
}
