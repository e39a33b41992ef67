package ca.imp.deadline.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The deadlines of an inspection of an employer: the documents the notice asks for, the response to a notice of
 * preliminary finding (R209.994) and the payment of a penalty. The two counted ones are time limits to act, so they move
 * off a holiday as restoration and judicial review do, under the Interpretation Act (Sunday, not Saturday).
 */
class InspectionDeadlinesTest {

    private static final DeadlineRules RULES = DeadlineRules.load();

    @Test
    void a_preliminary_finding_is_deemed_received_ten_days_after_it_was_sent() {
        ComputedDeadline response = RULES.compute(DeadlineKind.PRELIMINARY_FINDING_RESPONSE_DUE, LocalDate.of(2026, 3, 4));

        assertEquals(LocalDate.of(2026, 3, 14), response.startDate());
        assertTrue(response.basis().contains("is deemed received, 10 days after it was sent on 2026-03-04, so on 2026-03-14"),
                response.basis());
    }

    @Test
    void the_response_is_due_thirty_days_after_the_finding_is_deemed_received() {
        ComputedDeadline response = RULES.compute(DeadlineKind.PRELIMINARY_FINDING_RESPONSE_DUE, LocalDate.of(2026, 3, 4));

        assertEquals(LocalDate.of(2026, 4, 13), response.dueDate());
        assertEquals("Response to the notice of preliminary finding: 30 days after the notice of preliminary finding is"
                + " deemed received, 10 days after it was sent on 2026-03-04, so on 2026-03-14; day 30 is 2026-04-13, a Monday"
                + " that is not a holiday under the Interpretation Act, so the deadline is 2026-04-13. Source: IRPR s.209.994(2)"
                + " (deemed received 10 days after it is sent) and s.209.994(1) (submissions within 30 days after it is"
                + " received), https://laws.justice.gc.ca/eng/regulations/SOR-2002-227/section-209.994-20190603.html;"
                + " Interpretation Act ss.26-27, 35(1).", response.basis());
    }

    @Test
    void a_response_due_on_a_holiday_is_due_the_next_day_that_is_not_one() {
        ComputedDeadline response = RULES.compute(DeadlineKind.PRELIMINARY_FINDING_RESPONSE_DUE, LocalDate.of(2026, 5, 22));

        assertEquals(LocalDate.of(2026, 7, 2), response.dueDate());
        assertTrue(response.basis().contains("day 30 is 2026-07-01, Canada Day, a holiday under the Interpretation Act, so"
                + " the deadline moves to 2026-07-02"), response.basis());
    }

    @Test
    void a_response_due_on_a_saturday_stays_on_it_as_the_interpretation_act_has_no_saturday_holiday() {
        assertEquals(LocalDate.of(2026, 4, 11),
                RULES.compute(DeadlineKind.PRELIMINARY_FINDING_RESPONSE_DUE, LocalDate.of(2026, 3, 2)).dueDate());
    }

    @Test
    void the_penalty_is_payable_thirty_days_after_the_determination_counted_from_the_day_it_was_sent() {
        ComputedDeadline payment = RULES.compute(DeadlineKind.AMP_PAYMENT_DUE, LocalDate.of(2026, 9, 12));

        assertEquals(LocalDate.of(2026, 9, 12), payment.startDate());
        assertEquals(LocalDate.of(2026, 10, 13), payment.dueDate());
        assertTrue(payment.basis().startsWith("Payment of the administrative monetary penalty: 30 days after the notice of final"
                + " determination was sent on 2026-09-12; day 30 is 2026-10-12, Thanksgiving Day, a holiday under the"
                + " Interpretation Act, so the deadline moves to 2026-10-13."), payment.basis());
        assertTrue(payment.basis().contains("the regulation's rule deeming it received was not read"), payment.basis());
        assertTrue(payment.warnings().get(0).contains("this count starts on the day it was sent"), payment.warnings().get(0));
    }

    @Test
    void the_documents_are_due_on_the_date_the_notice_gives_even_a_holiday() {
        ComputedDeadline documents = RULES.compute(DeadlineKind.INSPECTION_DOCUMENTS_DUE, LocalDate.of(2026, 7, 1));

        assertEquals(LocalDate.of(2026, 7, 1), documents.dueDate());
        assertEquals("Documents asked for by the notice of inspection: the date the notice of inspection gives for the"
                + " documents, 2026-07-01, a Wednesday (Canada Day). This is the date the notice gives, not a period counted"
                + " by law, so it is not moved off a weekend or holiday. Source: The notice of inspection: the date it gives"
                + " for the documents, as the employer recorded it.", documents.basis());
    }

    @Test
    void no_decision_starts_an_inspection_deadline() {
        DecisionFacts refusal = new DecisionFacts(Outcome.REFUSED, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9),
                ApplicantLocation.INSIDE_CANADA, java.util.Set.of(), null);

        assertTrue(RULES.forDecision(refusal).stream().noneMatch(d -> d.kind() == DeadlineKind.PRELIMINARY_FINDING_RESPONSE_DUE
                || d.kind() == DeadlineKind.AMP_PAYMENT_DUE || d.kind() == DeadlineKind.INSPECTION_DOCUMENTS_DUE));
    }

    @Test
    void the_response_and_the_payment_are_reminded_two_weeks_ahead() {
        assertEquals(List.of(14, 7, 3, 1), RULES.reminderLeadDays(DeadlineKind.PRELIMINARY_FINDING_RESPONSE_DUE, LocalDate.of(2026, 3, 4)));
        assertEquals(List.of(14, 7, 3, 1), RULES.reminderLeadDays(DeadlineKind.AMP_PAYMENT_DUE, LocalDate.of(2026, 3, 4)));
        assertEquals(List.of(7, 3, 1), RULES.reminderLeadDays(DeadlineKind.INSPECTION_DOCUMENTS_DUE, LocalDate.of(2026, 3, 4)));
    }

    @Test
    void a_date_a_notice_gives_cannot_be_a_counted_period() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> EditedPolicy.rules(policy ->
                EditedPolicy.kind(policy, DeadlineKind.INSPECTION_DOCUMENTS_DUE).put("rollsForward", true)));

        assertTrue(error.getMessage().contains("is the date a notice gives"), error.getMessage());
    }

    @Test
    void a_notice_cannot_be_deemed_received_the_day_it_was_sent() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> EditedPolicy.rules(policy ->
                ((ObjectNode) EditedPolicy.kind(policy, DeadlineKind.PRELIMINARY_FINDING_RESPONSE_DUE))
                        .put("deemedReceivedAfterDays", 0)));

        assertTrue(error.getMessage().contains("at least 1 day after it was sent"), error.getMessage());
    }
}
