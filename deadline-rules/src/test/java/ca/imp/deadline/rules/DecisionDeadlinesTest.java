package ca.imp.deadline.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DecisionDeadlinesTest {

    private static final DeadlineRules RULES = DeadlineRules.load();
    private static final LocalDate DECIDED = LocalDate.of(2026, 3, 2);

    private static List<DeadlineKind> kinds(DecisionFacts facts) {
        return RULES.forDecision(facts).stream().map(ComputedDeadline::kind).toList();
    }

    private static DecisionFacts decision(Outcome outcome, ApplicantLocation location, Set<String> grounds,
            LocalDate employmentStart) {
        return new DecisionFacts(outcome, DECIDED, null, location, grounds, employmentStart);
    }

    @Test
    void a_refusal_inside_canada_starts_leave_restoration_and_the_fee_refund_follow_up() {
        assertEquals(
                List.of(DeadlineKind.JUDICIAL_REVIEW_LEAVE, DeadlineKind.RESTORATION, DeadlineKind.FEE_REFUND_FOLLOW_UP),
                kinds(decision(Outcome.REFUSED, ApplicantLocation.INSIDE_CANADA, Set.of("NOT_TEMPORARY"), null)));
    }

    @Test
    void a_refusal_outside_canada_starts_no_restoration() {
        assertEquals(List.of(DeadlineKind.JUDICIAL_REVIEW_LEAVE, DeadlineKind.FEE_REFUND_FOLLOW_UP),
                kinds(decision(Outcome.REFUSED, ApplicantLocation.OUTSIDE_CANADA, Set.of(), null)));
    }

    @Test
    void a_refusal_for_misrepresentation_also_starts_the_five_year_bar() {
        assertEquals(List.of(DeadlineKind.JUDICIAL_REVIEW_LEAVE, DeadlineKind.FEE_REFUND_FOLLOW_UP,
                        DeadlineKind.MISREPRESENTATION_BAR_ENDS),
                kinds(decision(Outcome.REFUSED, ApplicantLocation.OUTSIDE_CANADA,
                        Set.of("NOT_TEMPORARY", "MISREPRESENTATION"), null)));
    }

    @Test
    void a_misrepresentation_ground_typed_in_lower_case_still_starts_the_bar() {
        assertEquals(List.of(DeadlineKind.JUDICIAL_REVIEW_LEAVE, DeadlineKind.FEE_REFUND_FOLLOW_UP,
                        DeadlineKind.MISREPRESENTATION_BAR_ENDS),
                kinds(decision(Outcome.REFUSED, ApplicantLocation.OUTSIDE_CANADA, Set.of(" misrepresentation "), null)));
    }

    @Test
    void an_approval_with_an_employment_start_starts_the_record_retention_period_and_the_rights_information_only() {
        assertEquals(List.of(DeadlineKind.RECORD_RETENTION_ENDS, DeadlineKind.RIGHTS_INFORMATION_DUE),
                kinds(decision(Outcome.APPROVED, ApplicantLocation.INSIDE_CANADA, Set.of(), LocalDate.of(2026, 4, 1))));
    }

    @Test
    void an_approval_without_an_employment_start_starts_the_record_retention_period_provisionally_from_the_approval() {
        List<ComputedDeadline> deadlines = RULES.forDecision(
                decision(Outcome.APPROVED, ApplicantLocation.OUTSIDE_CANADA, Set.of(), null));

        assertEquals(List.of(DeadlineKind.RECORD_RETENTION_ENDS), deadlines.stream().map(ComputedDeadline::kind).toList());
        assertEquals(DECIDED, deadlines.get(0).startDate());
        assertTrue(deadlines.get(0).provisional());
    }

    @Test
    void an_approval_with_an_employment_start_is_counted_from_it_and_is_not_provisional() {
        assertFalse(RULES.forDecision(decision(Outcome.APPROVED, ApplicantLocation.INSIDE_CANADA, Set.of(),
                LocalDate.of(2026, 4, 1))).get(0).provisional());
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"WITHDRAWN", "RETURNED"})
    void a_withdrawal_or_a_return_starts_no_deadline(Outcome outcome) {
        assertEquals(List.of(), kinds(decision(outcome, ApplicantLocation.INSIDE_CANADA,
                Set.of("MISREPRESENTATION"), LocalDate.of(2026, 4, 1))));
    }

    @Test
    void a_refusal_inside_canada_counts_each_deadline_from_its_own_start() {
        DecisionFacts refusal = new DecisionFacts(Outcome.REFUSED, DECIDED, LocalDate.of(2026, 3, 4),
                ApplicantLocation.INSIDE_CANADA, Set.of("MISREPRESENTATION"), null);

        List<ComputedDeadline> deadlines = RULES.forDecision(refusal);

        assertEquals(List.of(
                        "JUDICIAL_REVIEW_LEAVE 2026-03-04 2026-03-19",
                        "RESTORATION 2026-03-02 2026-06-01",
                        "FEE_REFUND_FOLLOW_UP 2026-03-02 2026-04-27",
                        "MISREPRESENTATION_BAR_ENDS 2026-03-02 2031-03-02"),
                deadlines.stream().map(d -> d.kind() + " " + d.startDate() + " " + d.dueDate()).toList());
    }
}
