package ca.imp.deadline.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForumHolidaysTest {

    private static final DeadlineRules RULES = DeadlineRules.load();
    private static final HolidayCalendar CALENDAR = RULES.calendar();

    @Test
    void saturday_is_a_holiday_under_the_federal_courts_rules_but_not_under_the_interpretation_act() {
        LocalDate saturday = LocalDate.of(2026, 7, 4);

        assertEquals(Optional.of("Saturday"), CALENDAR.holidayName(saturday, Forum.FEDERAL_COURT));
        assertFalse(CALENDAR.isHoliday(saturday, Forum.FEDERAL));
        assertEquals(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), CALENDAR.weeklyHolidays(Forum.FEDERAL_COURT));
        assertEquals(Set.of(DayOfWeek.SUNDAY), CALENDAR.weeklyHolidays(Forum.FEDERAL));
    }

    @Test
    void sunday_is_a_holiday_in_both_forums() {
        LocalDate sunday = LocalDate.of(2026, 7, 5);
        assertTrue(CALENDAR.isHoliday(sunday, Forum.FEDERAL_COURT));
        assertTrue(CALENDAR.isHoliday(sunday, Forum.FEDERAL));
    }

    @Test
    void a_federal_time_limit_ending_on_a_saturday_stays_on_the_saturday() {
        ComputedDeadline gcms = RULES.forGcmsRequest(LocalDate.of(2026, 6, 4));

        assertEquals(LocalDate.of(2026, 7, 4), gcms.dueDate());
        assertTrue(gcms.basis().contains("day 30 is 2026-07-04, a Saturday that is not a holiday under the"
                + " Interpretation Act, so the deadline is 2026-07-04."), gcms.basis());
    }

    @Test
    void the_same_saturday_moves_a_federal_court_deadline_to_monday() {
        ComputedDeadline leave = RULES.compute(
                DeadlineKind.JUDICIAL_REVIEW_LEAVE, LocalDate.of(2026, 6, 19), ApplicantLocation.INSIDE_CANADA);

        assertEquals(LocalDate.of(2026, 7, 6), leave.dueDate());
    }

    @Test
    void boxing_day_on_a_saturday_is_named_as_boxing_day_in_federal_court() {
        assertEquals(Optional.of("Boxing Day"), CALENDAR.holidayName(LocalDate.of(2026, 12, 26), Forum.FEDERAL_COURT));
    }
}
