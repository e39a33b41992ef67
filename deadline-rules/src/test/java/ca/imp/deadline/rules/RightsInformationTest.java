package ca.imp.deadline.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The information about the worker's rights, due on or before the first day of work (IRPR 209.2(1)(a)): due on that day
 * itself, the first day the offer planned until the employer records the real one. The first day is when work starts,
 * not a period counted by law, so a holiday does not move it.
 */
class RightsInformationTest {

    private static final DeadlineRules RULES = DeadlineRules.load();
    private static final LocalDate APPROVED_ON = LocalDate.of(2026, 6, 16);

    private static DecisionFacts approval(LocalDate plannedFirstDay) {
        return new DecisionFacts(Outcome.APPROVED, APPROVED_ON, null, ApplicantLocation.OUTSIDE_CANADA, Set.of(), null, null,
                null, plannedFirstDay);
    }

    private static List<ComputedDeadline> rightsInformation(List<ComputedDeadline> deadlines) {
        return deadlines.stream().filter(d -> d.kind() == DeadlineKind.RIGHTS_INFORMATION_DUE).toList();
    }

    @Test
    void an_approval_schedules_the_rights_information_provisionally_on_the_first_day_the_offer_planned() {
        ComputedDeadline rights = rightsInformation(RULES.forDecision(approval(LocalDate.of(2026, 9, 1)))).get(0);

        assertTrue(rights.provisional());
        assertEquals(LocalDate.of(2026, 9, 1), rights.startDate());
        assertEquals(LocalDate.of(2026, 9, 1), rights.dueDate());
        assertTrue(rights.basis().startsWith("Information about the worker's rights in Canada: the first day of work the"
                + " offer planned, 2026-09-01 (provisional: counted from it until the first day of employment is known, then"
                + " from that day), a Tuesday. This is the worker's first day of work, on or before which it is due,"
                + " whatever day the work starts; it is not a period counted by law, so it is not moved off a weekend or"
                + " holiday. Source: IRPR s.209.2(1)(a)"), rights.basis());
    }

    @Test
    void the_first_day_of_employment_makes_the_rights_information_due_on_that_day() {
        ComputedDeadline rights = rightsInformation(RULES.forEmploymentStart(LocalDate.of(2026, 9, 14))).get(0);

        assertFalse(rights.provisional());
        assertEquals(LocalDate.of(2026, 9, 14), rights.dueDate());
        assertTrue(rights.basis().startsWith("Information about the worker's rights in Canada: the first day of employment,"
                + " 2026-09-14, a Monday. This is the worker's first day of work"), rights.basis());
    }

    @Test
    void a_first_day_on_a_holiday_keeps_the_rights_information_due_on_the_holiday() {
        ComputedDeadline rights = rightsInformation(RULES.forEmploymentStart(LocalDate.of(2027, 7, 1))).get(0);

        assertEquals(LocalDate.of(2027, 7, 1), rights.dueDate());
        assertTrue(rights.basis().contains("2027-07-01, a Thursday (Canada Day). This is the worker's first day of work"),
                rights.basis());
    }

    @Test
    void a_planned_first_day_on_a_sunday_is_not_moved() {
        assertEquals(LocalDate.of(2026, 9, 6),
                rightsInformation(RULES.forDecision(approval(LocalDate.of(2026, 9, 6)))).get(0).dueDate());
    }

    @Test
    void an_approval_after_the_planned_first_day_still_schedules_it_on_that_day_overdue_until_the_first_day_is_recorded() {
        ComputedDeadline rights = rightsInformation(RULES.forDecision(approval(APPROVED_ON.minusDays(10)))).get(0);

        assertEquals(APPROVED_ON.minusDays(10), rights.dueDate());
        assertTrue(rights.warnings().get(0).contains("An approval that comes after the planned day leaves it overdue"),
                rights.warnings().get(0));
    }

    @Test
    void an_approval_whose_planned_first_day_is_not_known_schedules_no_rights_information() {
        assertTrue(rightsInformation(RULES.forDecision(approval(null))).isEmpty());
    }

    @Test
    void a_refusal_schedules_no_rights_information() {
        DecisionFacts refusal = new DecisionFacts(Outcome.REFUSED, APPROVED_ON, null, ApplicantLocation.OUTSIDE_CANADA,
                Set.of("NOT_TEMPORARY"), null, null, null, LocalDate.of(2026, 9, 1));

        assertTrue(rightsInformation(RULES.forDecision(refusal)).isEmpty());
    }

    @Test
    void a_planned_first_day_learnt_after_an_approval_counts_the_rights_information_the_approval_would_have() {
        List<ComputedDeadline> late = RULES.forPlannedFirstDay(LocalDate.of(2026, 9, 1),
                Set.of("RECORD_RETENTION_ENDS", "WORK_PERMIT_EXPIRY"));

        assertEquals(rightsInformation(RULES.forDecision(approval(LocalDate.of(2026, 9, 1)))), late);
    }

    @Test
    void a_planned_first_day_learnt_after_a_refusal_counts_nothing() {
        assertTrue(RULES.forPlannedFirstDay(LocalDate.of(2026, 9, 1),
                Set.of("JUDICIAL_REVIEW_LEAVE", "FEE_REFUND_FOLLOW_UP")).isEmpty());
    }

    @Test
    void a_planned_first_day_learnt_before_any_decision_counts_nothing() {
        assertTrue(RULES.forPlannedFirstDay(LocalDate.of(2026, 9, 1), Set.of()).isEmpty());
    }

    @Test
    void the_obligation_applies_to_first_days_from_2022_09_26() {
        assertTrue(rightsInformation(RULES.forEmploymentStart(LocalDate.of(2022, 9, 25))).isEmpty());
        assertEquals(1, rightsInformation(RULES.forEmploymentStart(LocalDate.of(2022, 9, 26))).size());
    }

    @Test
    void the_rights_information_is_cited_to_r209_2_1_a_as_the_compliance_obligations_are() {
        assertTrue(RULES.source(DeadlineKind.RIGHTS_INFORMATION_DUE).startsWith("IRPR s.209.2(1)(a), named to its paragraph"
                + " only"), RULES.source(DeadlineKind.RIGHTS_INFORMATION_DUE));
    }

    @Test
    void the_rights_information_is_reminded_14_7_and_1_days_before() {
        assertEquals(List.of(14, 7, 1), RULES.reminderLeadDays(DeadlineKind.RIGHTS_INFORMATION_DUE, APPROVED_ON));
    }

    @Test
    void evidence_of_the_rights_information_obligation_meets_the_rights_information_deadline_and_no_other_evidence_does() {
        assertEquals(Optional.of(DeadlineKind.RIGHTS_INFORMATION_DUE), RULES.metByEvidenceOf("RIGHTS_INFORMATION"));
        assertEquals(Optional.empty(), RULES.metByEvidenceOf("SIGNED_EMPLOYMENT_AGREEMENT"));
    }

    @Test
    void evidence_of_one_obligation_meets_one_kind_of_deadline() {
        var error = assertThrows(IllegalArgumentException.class, () -> EditedPolicy.rules(policy -> policy
                .withArray("metByEvidence").add(((ObjectNode) policy.withArray("metByEvidence").get(0).deepCopy())
                        .put("kind", "WORK_PERMIT_EXPIRY"))));
        assertTrue(error.getMessage().contains("more than one deadline kind"), error.getMessage());
    }
}
