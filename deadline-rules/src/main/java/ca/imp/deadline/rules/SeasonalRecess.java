package ca.imp.deadline.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A yearly period during which a forum may stop some clocks (Federal Courts Rules: December 21
 * to January 7). It may wrap over New Year, so {@code from} can be later in the year than {@code to}.
 */
record SeasonalRecess(MonthDay from, MonthDay to, String source) {

    SeasonalRecess {
        if (from == null || to == null) {
            throw new IllegalArgumentException("seasonal recess needs 'from' and 'to' (e.g. \"--12-21\")");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("seasonal recess has no source");
        }
    }

    boolean contains(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        boolean wraps = from.isAfter(to);
        return wraps
                ? !day.isBefore(from) || !day.isAfter(to)
                : !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether any day from {@code first} to {@code last}, both included, is in the recess. */
    boolean overlaps(LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1)).anyMatch(this::contains);
    }

    long daysWithin(LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1)).filter(this::contains).count();
    }

    String words() {
        return words(from) + " to " + words(to);
    }

    private static String words(MonthDay monthDay) {
        return monthDay.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + monthDay.getDayOfMonth();
    }
}
