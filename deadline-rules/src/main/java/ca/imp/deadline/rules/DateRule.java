package ca.imp.deadline.rules;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * How a holiday's date is found in a given year. The four shapes cover every federal holiday;
 * a holiday that needs another shape is a policy change that deserves a code review.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DateRule.FixedDate.class, name = "FIXED_DATE"),
    @JsonSubTypes.Type(value = DateRule.NthWeekdayOfMonth.class, name = "NTH_WEEKDAY_OF_MONTH"),
    @JsonSubTypes.Type(value = DateRule.WeekdayBefore.class, name = "WEEKDAY_BEFORE"),
    @JsonSubTypes.Type(value = DateRule.EasterOffset.class, name = "EASTER_OFFSET")
})
sealed interface DateRule {

    /** Empty when the rule has no date that year (a February 29 rule in a common year). */
    Optional<LocalDate> dateIn(int year);

    /** e.g. month 1, day 1. */
    record FixedDate(int month, int day) implements DateRule {
        public FixedDate {
            try {
                MonthDay.of(month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("fixed date " + month + "/" + day + " is not a calendar day", e);
            }
        }

        @Override
        public Optional<LocalDate> dateIn(int year) {
            MonthDay monthDay = MonthDay.of(month, day);
            return monthDay.isValidYear(year) ? Optional.of(monthDay.atYear(year)) : Optional.empty();
        }
    }

    /** e.g. Labour Day: n 1, MONDAY, month 9; Thanksgiving: n 2, MONDAY, month 10. */
    record NthWeekdayOfMonth(int n, DayOfWeek weekday, int month) implements DateRule {
        public NthWeekdayOfMonth {
            if (n < 1 || n > 5) {
                throw new IllegalArgumentException("n must be 1 to 5, was " + n);
            }
            require(weekday, "weekday");
            Month.of(month);
        }

        @Override
        public Optional<LocalDate> dateIn(int year) {
            LocalDate date = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
            // dayOfWeekInMonth rolls into the next month when there is no fifth such weekday.
            return date.getMonthValue() == month ? Optional.of(date) : Optional.empty();
        }
    }

    /**
     * The last given weekday strictly before a date, e.g. Victoria Day: the Monday before May 25,
     * which is May 18 when May 25 is itself a Monday.
     */
    record WeekdayBefore(DayOfWeek weekday, int month, int day) implements DateRule {
        public WeekdayBefore {
            require(weekday, "weekday");
            try {
                MonthDay.of(month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("date " + month + "/" + day + " is not a calendar day", e);
            }
            if (month == 2 && day == 29) {
                throw new IllegalArgumentException("a weekday before February 29 has no date in common years");
            }
        }

        @Override
        public Optional<LocalDate> dateIn(int year) {
            LocalDate before = LocalDate.of(year, month, day).minusDays(1);
            return Optional.of(before.with(TemporalAdjusters.previousOrSame(weekday)));
        }
    }

    /** Days from Gregorian Easter Sunday: Good Friday -2, Easter Monday +1. */
    record EasterOffset(int days) implements DateRule {
        public EasterOffset {
            if (Math.abs(days) > 60) {
                throw new IllegalArgumentException("Easter offset " + days + " days is implausible");
            }
        }

        @Override
        public Optional<LocalDate> dateIn(int year) {
            return Optional.of(GregorianEaster.sundayIn(year).plusDays(days));
        }
    }

    private static void require(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
