package ca.imp.deadline.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Fee refund follow-up, misrepresentation bar and record retention: dates that end a period. */
class EndOfPeriodDeadlinesTest {

    private static final DeadlineRules RULES = DeadlineRules.load();

    @Test
    void the_fee_refund_follow_up_is_eight_weeks_of_seven_days_after_the_refusal() {
        ComputedDeadline refund = RULES.compute(DeadlineKind.FEE_REFUND_FOLLOW_UP, LocalDate.of(2026, 3, 2));

        assertEquals(LocalDate.of(2026, 4, 27), refund.dueDate());
        assertEquals("Follow-up on the employer compliance fee refund: 8 weeks after the decision date, 2026-03-02;"
                + " 8 weeks are 56 days, and day 56 is 2026-04-27, a Monday. This date ends a period; it is not a"
                + " time limit to act, so it is not moved off a weekend or holiday. Source: IRPR s.303.1(6) (refund"
                + " after a refusal); IRCC Help Centre (follow up if no refund notice within 8 weeks).", refund.basis());
        assertEquals(List.of(), refund.warnings());
    }

    @Test
    void an_end_of_period_date_on_a_holiday_stays_on_the_holiday_and_says_so() {
        ComputedDeadline refund = RULES.compute(DeadlineKind.FEE_REFUND_FOLLOW_UP, LocalDate.of(2026, 3, 23));

        assertEquals(LocalDate.of(2026, 5, 18), refund.dueDate());
        assertTrue(refund.basis().contains("day 56 is 2026-05-18, a Monday (Victoria Day). This date ends a period;"
                + " it is not a time limit to act, so it is not moved off a weekend or holiday."), refund.basis());
    }

    @Test
    void an_end_of_period_date_on_a_sunday_is_not_moved() {
        ComputedDeadline refund = RULES.compute(DeadlineKind.FEE_REFUND_FOLLOW_UP, LocalDate.of(2026, 3, 8));

        assertEquals(LocalDate.of(2026, 5, 3), refund.dueDate());
        assertTrue(refund.basis().contains("a Sunday. This date ends a period"), refund.basis());
    }

    @Test
    void the_misrepresentation_bar_ends_five_years_to_the_day_after_the_refusal() {
        DecisionFacts refusal = new DecisionFacts(Outcome.REFUSED, LocalDate.of(2026, 3, 2), null,
                ApplicantLocation.OUTSIDE_CANADA, Set.of("MISREPRESENTATION"), null);

        ComputedDeadline bar = RULES.forDecision(refusal).stream()
                .filter(d -> d.kind() == DeadlineKind.MISREPRESENTATION_BAR_ENDS).findFirst().orElseThrow();

        assertEquals(LocalDate.of(2031, 3, 2), bar.dueDate());
        assertEquals("End of the misrepresentation bar, at the earliest: 5 years after the decision date, 2026-03-02;"
                + " the same day 5 years later is 2031-03-02, a Sunday. This date ends a period; it is not a time limit"
                + " to act, so it is not moved off a weekend or holiday. Source: IRPA s.40(2)(a).", bar.basis());
        assertTrue(bar.warnings().get(0).contains("final determination"));
    }

    @Test
    void the_misrepresentation_bar_ends_at_the_earliest_with_the_caveats_of_finality_and_removal() {
        ComputedDeadline bar = RULES.compute(DeadlineKind.MISREPRESENTATION_BAR_ENDS, LocalDate.of(2026, 3, 2));

        assertTrue(bar.basis().startsWith("End of the misrepresentation bar, at the earliest:"), bar.basis());
        String caveats = bar.warnings().get(0);
        assertTrue(caveats.contains("from the final determination of inadmissibility"), caveats);
        assertTrue(caveats.contains("from the day a removal order is enforced"), caveats);
        assertTrue(caveats.contains("A decision under judicial review is not final."), caveats);
    }

    @Test
    void a_misrepresentation_bar_starting_on_february_29_ends_on_february_28_in_a_common_year() {
        ComputedDeadline bar = RULES.compute(DeadlineKind.MISREPRESENTATION_BAR_ENDS, LocalDate.of(2024, 2, 29));

        assertEquals(LocalDate.of(2029, 2, 28), bar.dueDate());
        assertTrue(bar.basis().contains("the same day 5 years later is 2029-02-28 (2029 has no February 29, so the"
                + " period ends on February 28)"), bar.basis());
    }

    @Test
    void record_retention_and_the_bar_from_february_29_also_end_on_february_28() {
        ComputedDeadline retention = RULES.compute(DeadlineKind.RECORD_RETENTION_ENDS, LocalDate.of(2028, 2, 29));
        assertEquals(LocalDate.of(2034, 2, 28), retention.dueDate());

        ComputedDeadline bar = RULES.compute(DeadlineKind.MISREPRESENTATION_BAR_ENDS, LocalDate.of(2000, 2, 29));
        assertEquals(LocalDate.of(2005, 2, 28), bar.dueDate());
    }

    @Test
    void record_retention_ends_six_years_after_the_first_day_of_employment() {
        DecisionFacts approval = new DecisionFacts(Outcome.APPROVED, LocalDate.of(2026, 8, 14), null,
                ApplicantLocation.OUTSIDE_CANADA, Set.of(), LocalDate.of(2026, 9, 1));

        ComputedDeadline retention = RULES.forDecision(approval).get(0);

        assertEquals(DeadlineKind.RECORD_RETENTION_ENDS, retention.kind());
        assertEquals(LocalDate.of(2026, 9, 1), retention.startDate());
        assertEquals(LocalDate.of(2032, 9, 1), retention.dueDate());
        assertTrue(retention.basis().startsWith("End of the employer's record retention period: 6 years after the"
                + " first day of employment, 2026-09-01; the same day 6 years later is 2032-09-01, a Wednesday."),
                retention.basis());
    }

    @Test
    void days_counted_across_a_leap_day_include_february_29() {
        // 56 days from 2028-02-01 reach 2028-03-28 in a leap year, 2027-03-29 in a common one.
        assertEquals(LocalDate.of(2028, 3, 28),
                RULES.compute(DeadlineKind.FEE_REFUND_FOLLOW_UP, LocalDate.of(2028, 2, 1)).dueDate());
        assertEquals(LocalDate.of(2027, 3, 29),
                RULES.compute(DeadlineKind.FEE_REFUND_FOLLOW_UP, LocalDate.of(2027, 2, 1)).dueDate());
    }

    @Test
    void record_retention_from_a_first_day_of_employment_on_2026_03_02_ends_on_2032_03_02() {
        ComputedDeadline retention = RULES.compute(DeadlineKind.RECORD_RETENTION_ENDS, LocalDate.of(2026, 3, 2));

        assertEquals(LocalDate.of(2026, 3, 2), retention.startDate());
        assertEquals(LocalDate.of(2032, 3, 2), retention.dueDate());
        assertFalse(retention.provisional());
    }

    @Test
    void record_retention_ending_on_a_holiday_stays_on_the_holiday_as_the_end_of_a_period() {
        ComputedDeadline retention = RULES.compute(DeadlineKind.RECORD_RETENTION_ENDS, LocalDate.of(2026, 7, 1));

        assertEquals(LocalDate.of(2032, 7, 1), retention.dueDate());
        assertTrue(retention.basis().contains("2032-07-01, a Thursday (Canada Day). This date ends a period"),
                retention.basis());
    }

    @Test
    void record_retention_cites_irpr_209_2_1_b() {
        ComputedDeadline retention = RULES.compute(DeadlineKind.RECORD_RETENTION_ENDS, LocalDate.of(2026, 3, 2));

        assertTrue(retention.source().startsWith("IRPR s.209.2(1)(b)"), retention.source());
        assertFalse(retention.source().contains("209.5"), retention.source());
    }

    @Test
    void record_retention_is_cited_from_the_policy_before_any_date_is_known() {
        assertEquals("IRPR s.209.2(1)(b)", RULES.source(DeadlineKind.RECORD_RETENTION_ENDS));
    }

    @Test
    void until_the_first_day_of_employment_is_known_record_retention_runs_from_the_approval_and_says_it_is_provisional() {
        DecisionFacts approval = new DecisionFacts(Outcome.APPROVED, LocalDate.of(2026, 3, 2), null,
                ApplicantLocation.INSIDE_CANADA, Set.of(), null);

        ComputedDeadline retention = RULES.forDecision(approval).get(0);

        assertTrue(retention.provisional());
        assertEquals(LocalDate.of(2032, 3, 2), retention.dueDate());
        assertTrue(retention.basis().startsWith("End of the employer's record retention period: 6 years after the"
                + " decision date, 2026-03-02 (provisional: counted from it until the first day of employment is known,"
                + " then from that day); the same day 6 years later is 2032-03-02"), retention.basis());
    }

    @Test
    void the_first_day_of_employment_counts_the_record_retention_period_and_the_rights_information_and_nothing_else() {
        List<ComputedDeadline> counted = RULES.forEmploymentStart(LocalDate.of(2026, 3, 2));

        assertEquals(List.of(DeadlineKind.RECORD_RETENTION_ENDS, DeadlineKind.RIGHTS_INFORMATION_DUE), counted.stream().map(ComputedDeadline::kind).toList());
        assertEquals(LocalDate.of(2032, 3, 2), counted.get(0).dueDate());
        assertFalse(counted.get(0).provisional());
    }
}
