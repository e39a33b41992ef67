package ca.imp.deadline.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FederalHolidaysTest {

    private static final HolidayCalendar CALENDAR = DeadlineRules.load().calendar();

    @ParameterizedTest(name = "{1} is {0}")
    @CsvSource(delimiter = '|', value = {
        "New Year's Day                            | 2026-01-01",
        "Good Friday                               | 2026-04-03",
        "Easter Monday                             | 2026-04-06",
        "Victoria Day                              | 2026-05-18",
        "Canada Day                                | 2026-07-01",
        "Labour Day                                | 2026-09-07",
        "National Day for Truth and Reconciliation | 2026-09-30",
        "Thanksgiving Day                          | 2026-10-12",
        "Remembrance Day                           | 2026-11-11",
        "Christmas Day                             | 2026-12-25",
        "Boxing Day                                | 2026-12-26",
        "Good Friday                               | 2025-04-18",
        "Easter Monday                             | 2025-04-21",
        "Victoria Day                              | 2025-05-19",
        "Labour Day                                | 2025-09-01",
        "Thanksgiving Day                          | 2025-10-13",
        "Good Friday                               | 2000-04-21",
        "Easter Monday                             | 2000-04-24",
        "Good Friday                               | 2019-04-19",
        "Easter Monday                             | 2019-04-22",
        "Good Friday                               | 2024-03-29",
        "Easter Monday                             | 2024-04-01",
        "Good Friday                               | 2027-03-26",
        "Easter Monday                             | 2027-03-29",
        "Good Friday                               | 2028-04-14",
        "Easter Monday                             | 2028-04-17",
        "Good Friday                               | 2029-03-30",
        "Easter Monday                             | 2029-04-02",
        "Good Friday                               | 2030-04-19",
        "Easter Monday                             | 2030-04-22",
        "Good Friday                               | 2038-04-23",
        "Easter Monday                             | 2038-04-26",
        "Good Friday                               | 2100-03-26",
        "Easter Monday                             | 2100-03-29",
        "Victoria Day                              | 2100-05-24",
    })
    void each_federal_holiday_falls_on_its_date(String name, String date) {
        LocalDate day = LocalDate.parse(date);
        assertEquals(Optional.of(name), CALENDAR.holidayName(day, Forum.FEDERAL));
        assertEquals(Optional.of(name), CALENDAR.holidayName(day, Forum.FEDERAL_COURT));
    }

    @Test
    void the_named_holidays_of_2026_are_the_eleven_of_the_interpretation_act_list() {
        List<String> listed = CALENDAR.holidaysIn(2026).stream().map(h -> h.date() + " " + h.name()).toList();

        assertEquals(List.of(
                "2026-01-01 New Year's Day",
                "2026-04-03 Good Friday",
                "2026-04-06 Easter Monday",
                "2026-05-18 Victoria Day",
                "2026-07-01 Canada Day",
                "2026-09-07 Labour Day",
                "2026-09-30 National Day for Truth and Reconciliation",
                "2026-10-12 Thanksgiving Day",
                "2026-11-11 Remembrance Day",
                "2026-12-25 Christmas Day",
                "2026-12-26 Boxing Day"), listed);
        assertTrue(CALENDAR.holidaysIn(2026).stream().allMatch(h -> h.source() != null && h.province() == null));
    }

    @Test
    void the_holidays_of_2029_include_the_mondays_after_canada_day_and_remembrance_day_on_a_sunday() {
        List<String> listed = CALENDAR.holidaysIn(2029).stream().map(h -> h.date() + " " + h.name()).toList();

        assertEquals(List.of(
                "2029-01-01 New Year's Day",
                "2029-03-30 Good Friday",
                "2029-04-02 Easter Monday",
                "2029-05-21 Victoria Day",
                "2029-07-01 Canada Day",
                "2029-07-02 Canada Day (observed; July 1 fell on a Sunday)",
                "2029-09-03 Labour Day",
                "2029-09-30 National Day for Truth and Reconciliation",
                "2029-10-08 Thanksgiving Day",
                "2029-11-11 Remembrance Day",
                "2029-11-12 Remembrance Day (observed; November 11 fell on a Sunday)",
                "2029-12-25 Christmas Day",
                "2029-12-26 Boxing Day"), listed);
    }

    @Test
    void victoria_day_is_the_monday_before_may_25_even_when_may_25_is_a_monday() {
        assertEquals(DayOfWeek.MONDAY, LocalDate.of(2026, 5, 25).getDayOfWeek());
        assertFalse(CALENDAR.isHoliday(LocalDate.of(2026, 5, 25), Forum.FEDERAL));
        assertEquals(Optional.of("Victoria Day"), CALENDAR.holidayName(LocalDate.of(2026, 5, 18), Forum.FEDERAL));
        // May 25 on a Sunday: the Monday before is May 19.
        assertEquals(Optional.of("Victoria Day"), CALENDAR.holidayName(LocalDate.of(2025, 5, 19), Forum.FEDERAL));
    }

    @Test
    void canada_day_on_a_sunday_makes_the_following_monday_a_holiday() {
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2029, 7, 1).getDayOfWeek());
        assertEquals(Optional.of("Canada Day (observed; July 1 fell on a Sunday)"),
                CALENDAR.holidayName(LocalDate.of(2029, 7, 2), Forum.FEDERAL));
        assertTrue(CALENDAR.isHoliday(LocalDate.of(2029, 7, 1), Forum.FEDERAL));
    }

    @Test
    void remembrance_day_2029_is_a_sunday_so_monday_2029_11_12_is_a_holiday() {
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2029, 11, 11).getDayOfWeek());
        assertEquals(Optional.of("Remembrance Day (observed; November 11 fell on a Sunday)"),
                CALENDAR.holidayName(LocalDate.of(2029, 11, 12), Forum.FEDERAL));
    }

    @Test
    void new_years_day_on_a_sunday_makes_january_2_a_holiday() {
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2023, 1, 1).getDayOfWeek());
        assertTrue(CALENDAR.isHoliday(LocalDate.of(2023, 1, 2), Forum.FEDERAL));
        assertTrue(CALENDAR.isHoliday(LocalDate.of(2034, 1, 2), Forum.FEDERAL));
        assertFalse(CALENDAR.isHoliday(LocalDate.of(2026, 1, 2), Forum.FEDERAL));
    }

    @Test
    void the_monday_rule_covers_only_new_years_day_canada_day_and_remembrance_day() {
        // Christmas 2022 and Truth and Reconciliation 2029 fell on a Sunday: no substitute Monday.
        assertFalse(CALENDAR.isHoliday(LocalDate.of(2022, 12, 27), Forum.FEDERAL));
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2029, 9, 30).getDayOfWeek());
        assertFalse(CALENDAR.isHoliday(LocalDate.of(2029, 10, 1), Forum.FEDERAL));
        // Canada Day on a Saturday gives no Monday either (2028-07-01).
        assertEquals(DayOfWeek.SATURDAY, LocalDate.of(2028, 7, 1).getDayOfWeek());
        assertFalse(CALENDAR.isHoliday(LocalDate.of(2028, 7, 3), Forum.FEDERAL_COURT));
    }

    @Test
    void truth_and_reconciliation_is_a_holiday_from_2021_but_not_in_2020() {
        assertFalse(CALENDAR.isHoliday(LocalDate.of(2020, 9, 30), Forum.FEDERAL));
        assertFalse(CALENDAR.isHoliday(LocalDate.of(2020, 9, 30), Forum.FEDERAL_COURT));
        assertEquals(Optional.of("National Day for Truth and Reconciliation"),
                CALENDAR.holidayName(LocalDate.of(2021, 9, 30), Forum.FEDERAL));
        assertEquals(10, CALENDAR.holidaysIn(2020).size());
        assertEquals(11, CALENDAR.holidaysIn(2021).size());
    }

    @Test
    void every_year_from_2000_to_2100_has_its_holidays_on_the_right_weekdays() {
        for (int year = 2000; year <= 2100; year++) {
            for (Holiday holiday : CALENDAR.holidaysIn(year)) {
                LocalDate d = holiday.date();
                String what = holiday.name() + " " + d;
                assertEquals(year, d.getYear(), what);
                switch (holiday.name()) {
                    case "Good Friday" -> assertEquals(DayOfWeek.FRIDAY, d.getDayOfWeek(), what);
                    case "Easter Monday" -> assertEquals(DayOfWeek.MONDAY, d.getDayOfWeek(), what);
                    case "Victoria Day" -> assertTrue(d.getMonth() == Month.MAY && d.getDayOfMonth() >= 18
                            && d.getDayOfMonth() <= 24 && d.getDayOfWeek() == DayOfWeek.MONDAY, what);
                    case "Labour Day" -> assertTrue(d.getMonth() == Month.SEPTEMBER && d.getDayOfMonth() <= 7
                            && d.getDayOfWeek() == DayOfWeek.MONDAY, what);
                    case "Thanksgiving Day" -> assertTrue(d.getMonth() == Month.OCTOBER && d.getDayOfMonth() >= 8
                            && d.getDayOfMonth() <= 14 && d.getDayOfWeek() == DayOfWeek.MONDAY, what);
                    default -> {
                        if (holiday.name().contains("(observed")) {
                            assertEquals(DayOfWeek.MONDAY, d.getDayOfWeek(), what);
                        }
                    }
                }
            }
            // The Monday rule counted from the calendar itself, not from the code under test.
            int observed = 0;
            for (LocalDate fixed : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 7, 1), LocalDate.of(year, 11, 11))) {
                observed += fixed.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : 0;
            }
            int expected = (year >= 2021 ? 11 : 10) + observed;
            assertEquals(expected, CALENDAR.holidaysIn(year).size(), "holidays of " + year);
        }
    }

    @Test
    void quebec_june_24_is_a_holiday_only_when_quebec_is_opted_in() {
        LocalDate stJean = LocalDate.of(2026, 6, 24);
        assertFalse(CALENDAR.isHoliday(stJean, Forum.FEDERAL_COURT));

        HolidayCalendar quebec = DeadlineRules.load().withProvinces("QC").calendar();

        assertEquals(Optional.of("Saint-Jean-Baptiste Day"), quebec.holidayName(stJean, Forum.FEDERAL_COURT));
        assertTrue(quebec.holidaysIn(2026).stream().anyMatch(h -> "QC".equals(h.province())));
        assertEquals(Set.of("QC"), quebec.provinces());
    }

    @Test
    void a_province_the_policy_does_not_know_is_refused_not_ignored() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeadlineRules.load().withProvinces("ON"));
        assertTrue(e.getMessage().contains("'ON'"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Forum.class)
    void an_ordinary_wednesday_is_not_a_holiday_in_any_forum(Forum forum) {
        assertEquals(Optional.empty(), CALENDAR.holidayName(LocalDate.of(2026, 6, 17), forum));
    }
}
