package ca.imp.deadline.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GregorianEasterTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        "2000, 2000-04-23",
        "2019, 2019-04-21",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2038, 2038-04-25",   // the latest date Easter can fall on
        "2100, 2100-03-28",
        "2008, 2008-03-23",
        "2285, 2285-03-22",   // the earliest date Easter can fall on
    })
    void easter_sunday_follows_the_gregorian_computus(int year, String easter) {
        assertEquals(LocalDate.parse(easter), GregorianEaster.sundayIn(year));
    }

    @Test
    void easter_is_a_sunday_between_march_22_and_april_25_in_every_year_from_2000_to_2100() {
        for (int year = 2000; year <= 2100; year++) {
            LocalDate easter = GregorianEaster.sundayIn(year);
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), "Easter " + year);
            assertTrue(!easter.isBefore(LocalDate.of(year, 3, 22)) && !easter.isAfter(LocalDate.of(year, 4, 25)),
                    "Easter " + year + " is " + easter);
        }
    }
}
