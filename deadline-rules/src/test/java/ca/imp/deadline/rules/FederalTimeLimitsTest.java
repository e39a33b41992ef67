package ca.imp.deadline.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Restoration and the GCMS response: Interpretation Act holidays (Sunday, not Saturday). */
class FederalTimeLimitsTest {

    private static final DeadlineRules RULES = DeadlineRules.load();

    @Test
    void restoration_day_ninety_on_a_sunday_moves_to_monday() {
        ComputedDeadline restoration = RULES.compute(DeadlineKind.RESTORATION, LocalDate.of(2026, 3, 2));

        assertEquals(LocalDate.of(2026, 6, 1), restoration.dueDate());
        assertEquals("Application to restore temporary resident status: 90 days after the decision date,"
                + " 2026-03-02; day 90 is 2026-05-31, a Sunday, a holiday under the"
                + " Interpretation Act, so the deadline moves to 2026-06-01. Source: IRPR s.182; Interpretation Act"
                + " ss.26-27, 35(1).", restoration.basis());
        assertEquals(1, restoration.warnings().size());
        assertTrue(restoration.warnings().get(0).contains("lost temporary resident status"));
    }

    @Test
    void restoration_is_counted_from_the_decision_date_the_earliest_of_the_disputed_starts_and_says_so() {
        DecisionFacts refusal = new DecisionFacts(Outcome.REFUSED, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9),
                ApplicantLocation.INSIDE_CANADA, java.util.Set.of(), null);

        ComputedDeadline restoration = RULES.forDecision(refusal).stream()
                .filter(d -> d.kind() == DeadlineKind.RESTORATION).findFirst().orElseThrow();

        assertEquals(LocalDate.of(2026, 3, 2), restoration.startDate());
        assertTrue(restoration.basis().contains("90 days after the decision date, 2026-03-02"), restoration.basis());
        assertTrue(restoration.warnings().get(0).contains("disputed (the decision date, the day the refusal was received,"
                + " the date of the notice). This count starts on the decision date, the earliest of these"),
                restoration.warnings().get(0));
        assertTrue(restoration.warnings().get(0).contains("IRPR s.182"), restoration.warnings().get(0));
    }

    @ParameterizedTest(name = "status lost {0}: restore by {1}")
    @CsvSource({
        "2026-04-02, 2026-07-02",   // day 90 is Canada Day, a Wednesday
        "2026-02-19, 2026-05-20",   // day 90 is Wednesday 2026-05-20
        "2026-02-17, 2026-05-19",   // day 90 is Victoria Day 2026-05-18
        "2024-01-01, 2024-04-02",   // leap year: day 90 is Easter Sunday 2024-03-31, then Easter Monday
        "2023-01-01, 2023-04-01",   // common year: day 90 is a Saturday, not a holiday under the Interpretation Act
    })
    void restoration_due_dates(String lost, String due) {
        assertEquals(LocalDate.parse(due), RULES.compute(DeadlineKind.RESTORATION, LocalDate.parse(lost)).dueDate());
    }

    @Test
    void the_gcms_response_is_due_thirty_days_after_the_request_and_may_be_extended() {
        ComputedDeadline gcms = RULES.forGcmsRequest(LocalDate.of(2026, 3, 2));

        assertEquals(DeadlineKind.GCMS_RESPONSE, gcms.kind());
        assertEquals(LocalDate.of(2026, 4, 1), gcms.dueDate());
        assertEquals("Response to the access to information request for GCMS notes: 30 days after the access to"
                + " information request was filed on 2026-03-02; day 30 is 2026-04-01, a Wednesday that is not a"
                + " holiday under the Interpretation Act, so the deadline is 2026-04-01. Source: Access to"
                + " Information Act s.7; Interpretation Act ss.26-27, 35(1).", gcms.basis());
        assertEquals(List.of("The institution may extend the 30 days by written notice (Access to Information Act"
                + " s.9); check for an extension notice before treating the response as late."), gcms.warnings());
    }

    @Test
    void a_gcms_response_due_on_easter_sunday_moves_past_easter_monday() {
        ComputedDeadline gcms = RULES.forGcmsRequest(LocalDate.of(2026, 3, 6));

        assertEquals(LocalDate.of(2026, 4, 7), gcms.dueDate());
        assertTrue(gcms.basis().contains("day 30 is 2026-04-05, a Sunday, a holiday under the Interpretation Act,"
                + " as is 2026-04-06 (Easter Monday), so the deadline moves to 2026-04-07."), gcms.basis());
    }

    @Test
    void a_gcms_response_due_on_remembrance_day_2029_skips_the_sunday_and_the_observed_monday() {
        ComputedDeadline gcms = RULES.forGcmsRequest(LocalDate.of(2029, 10, 12));

        assertEquals(LocalDate.of(2029, 11, 13), gcms.dueDate());
    }

    @Test
    void a_gcms_request_without_a_filing_date_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> RULES.forGcmsRequest(null));
    }
}
