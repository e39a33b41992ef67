package ca.imp.deadline.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The work permit's expiry: due on the permit's last day of validity, with reminders long before it. */
class WorkPermitExpiryTest {

    private static final DeadlineRules RULES = DeadlineRules.load();
    private static final LocalDate APPROVED_ON = LocalDate.of(2026, 6, 16);

    private static DecisionFacts approval(LocalDate permitValidUntil) {
        return new DecisionFacts(Outcome.APPROVED, APPROVED_ON, null, ApplicantLocation.OUTSIDE_CANADA, Set.of(), null, null,
                permitValidUntil);
    }

    private static ComputedDeadline expiryOf(DecisionFacts facts) {
        return RULES.forDecision(facts).stream().filter(d -> d.kind() == DeadlineKind.WORK_PERMIT_EXPIRY).findFirst()
                .orElseThrow();
    }

    @Test
    void an_approval_that_records_the_permits_end_schedules_its_expiry_on_that_day() {
        ComputedDeadline expiry = expiryOf(approval(LocalDate.of(2028, 6, 15)));

        assertEquals(LocalDate.of(2028, 6, 15), expiry.startDate());
        assertEquals(LocalDate.of(2028, 6, 15), expiry.dueDate());
        assertEquals("Expiry of the work permit: the last day of the work permit's validity, 2028-06-15, a Thursday."
                + " This date ends a period; it is not a time limit to act, so it is not moved off a weekend or holiday."
                + " Source: The permit's last day of validity, as the approval records it; IRCC, 'Temporary residents:"
                + " Maintained status during processing' (R183(5), R186(u)), https://www.canada.ca/en/immigration-refugees-"
                + "citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/visitors/"
                + "implied-status-extending-stay.html.", expiry.basis());
    }

    @Test
    void the_expiry_says_an_extension_needs_a_new_offer_and_fee_and_an_application_before_it() {
        String warning = expiryOf(approval(LocalDate.of(2028, 6, 15))).warnings().get(0);

        assertTrue(warning.contains("a new offer, with a new employer compliance fee"), warning);
        assertTrue(warning.contains("An application to extend made before this day keeps the worker in status"), warning);
        assertTrue(warning.contains("(maintained status)"), warning);
    }

    @Test
    void an_expiry_on_a_holiday_stays_on_the_holiday() {
        ComputedDeadline expiry = expiryOf(approval(LocalDate.of(2027, 7, 1)));

        assertEquals(LocalDate.of(2027, 7, 1), expiry.dueDate());
        assertTrue(expiry.basis().contains("2027-07-01, a Thursday (Canada Day). This date ends a period; it is not a"
                + " time limit to act, so it is not moved off a weekend or holiday."), expiry.basis());
    }

    @Test
    void an_expiry_on_a_saturday_is_not_moved() {
        assertEquals(LocalDate.of(2027, 12, 25), expiryOf(approval(LocalDate.of(2027, 12, 25))).dueDate());
    }

    @Test
    void an_approval_recorded_before_the_permits_end_was_schedules_no_expiry() {
        assertTrue(RULES.forDecision(approval(null)).stream().noneMatch(d -> d.kind() == DeadlineKind.WORK_PERMIT_EXPIRY));
    }

    @Test
    void a_decision_named_by_other_modules_carries_the_permits_end() {
        DecisionFacts named = DecisionFacts.named("APPROVED", APPROVED_ON, null, "INSIDE_CANADA", List.of(), null,
                LocalDate.of(2028, 6, 15));

        assertEquals(LocalDate.of(2028, 6, 15), expiryOf(named).dueDate());
    }

    @Test
    void the_permits_expiry_is_reminded_120_90_60_and_30_days_before() {
        assertEquals(List.of(120, 90, 60, 30), RULES.reminderLeadDays(DeadlineKind.WORK_PERMIT_EXPIRY, APPROVED_ON));
    }

    @Test
    void a_kind_that_names_no_reminders_is_reminded_7_3_and_1_days_before() {
        for (DeadlineKind kind : List.of(DeadlineKind.JUDICIAL_REVIEW_LEAVE, DeadlineKind.RESTORATION, DeadlineKind.GCMS_RESPONSE,
                DeadlineKind.FEE_REFUND_FOLLOW_UP, DeadlineKind.MISREPRESENTATION_BAR_ENDS, DeadlineKind.RECORD_RETENTION_ENDS)) {
            assertEquals(List.of(7, 3, 1), RULES.reminderLeadDays(kind, APPROVED_ON), kind.name());
        }
    }

    @Test
    void reminders_come_a_day_or_more_before_each_once_earliest_first_and_the_policy_has_a_default() {
        assertThrows(IllegalArgumentException.class, () -> EditedPolicy.rules(policy ->
                ((ObjectNode) policy.withArray("reminders").get(1)).putArray("leadDays").add(30).add(60)));
        assertThrows(IllegalArgumentException.class, () -> EditedPolicy.rules(policy ->
                ((ObjectNode) policy.withArray("reminders").get(1)).putArray("leadDays").add(0)));
        assertThrows(IllegalArgumentException.class, () -> EditedPolicy.rules(policy -> policy.withArray("reminders").remove(0)));
        assertThrows(IllegalArgumentException.class, () -> EditedPolicy.rules(policy ->
                policy.withArray("reminders").add(policy.withArray("reminders").get(1).deepCopy())));
    }

    @Test
    void only_a_period_of_days_can_end_on_its_start() {
        var error = assertThrows(IllegalArgumentException.class, () -> EditedPolicy.rules(policy ->
                ((ObjectNode) EditedPolicy.kind(policy, DeadlineKind.WORK_PERMIT_EXPIRY)
                        .withArray("lengths").get(0)).put("unit", "WEEKS")));
        assertTrue(error.getMessage().contains("0 days"), error.getMessage());
    }
}
