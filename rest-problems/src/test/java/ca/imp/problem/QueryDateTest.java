package ca.imp.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A date in a query parameter is read alike everywhere: a real day, or nothing, or invalid-date naming the parameter. */
class QueryDateTest {

    @Test
    void a_real_day_is_read_as_that_day() {
        assertEquals(LocalDate.of(2022, 12, 15), QueryDate.parse("on", "2022-12-15"));
    }

    @Test
    void a_parameter_not_sent_is_no_day() {
        assertNull(QueryDate.parse("on", null));
    }

    @Test
    void a_day_the_calendar_does_not_have_is_refused_as_invalid_date_naming_the_parameter() {
        Problem problem = assertThrows(ProblemException.class, () -> QueryDate.parse("dueFrom", "2026-02-30")).problem();

        assertEquals(400, problem.status());
        assertEquals("dueFrom", problem.field());
        assertEquals("invalid-date", problem.rule());
        assertEquals("'2026-02-30' is not a real calendar date", problem.detail());
    }

    @Test
    void the_form_refuses_what_is_not_written_yyyy_mm_dd_and_invalid_date_has_its_page() {
        assertTrue("2026-02-30".matches(QueryDate.FORM));
        assertFalse("2026-2-3".matches(QueryDate.FORM));
        assertEquals(400, new ProblemCatalogue().find(QueryDate.RULE).orElseThrow().status());
    }
}
