package ca.imp.deadlineservice.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.imp.contract.deadline.DeadlineElapsed;
import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.contract.inspection.DeterminationRendered;
import ca.imp.contract.inspection.InspectionEvent;
import ca.imp.contract.inspection.InspectionNoticed;
import ca.imp.contract.inspection.InspectionOutcome;
import ca.imp.contract.inspection.PenaltyPaid;
import ca.imp.contract.inspection.PreliminaryFindingAnswered;
import ca.imp.contract.inspection.PreliminaryFindingSent;
import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.deadlineservice.deadline.DeadlineCommand.FollowInspection;
import ca.imp.decidertesting.DeciderSpec;

/**
 * The deadlines an inspection of an employer runs, as offer-service's inspection events start and meet them: one of
 * each kind per inspection, on the inspection's own stream, naming the inspection and the inspected employer and no offer.
 */
class InspectionDeadlinesDeciderTest {
    private static final DeadlineRules RULES = DeadlineRules.load();
    private static final String INSPECTION = "5b0c2a4e-8d7f-4c1a-9e63-2f4b7d1c9a80";
    private static final String EMPLOYER = "123456789";
    private final DeciderSpec<DeadlineCommand, OfferDeadlines, DeadlineEvent> deadlines =
            DeciderSpec.of(new DeadlineDecider(new DecisionDeadlines(RULES), RULES));

    private static FollowInspection step(InspectionEvent event) {
        return new FollowInspection(event, UUID.nameUUIDFromBytes(event.toString().getBytes()));
    }

    private static FollowInspection notice(String documentsDueOn) {
        return step(new InspectionNoticed(INSPECTION, EMPLOYER, List.of("A1111111"), LocalDate.parse("2026-03-02"),
                LocalDate.parse(documentsDueOn)));
    }

    private static FollowInspection findingSent(String sentOn) {
        return step(new PreliminaryFindingSent(INSPECTION, EMPLOYER, LocalDate.parse(sentOn)));
    }

    private static FollowInspection determination(InspectionOutcome outcome, String sentOn) {
        boolean penalty = outcome == InspectionOutcome.AMP;
        return step(new DeterminationRendered(INSPECTION, EMPLOYER, outcome, penalty ? new BigDecimal("2000.00") : null,
                penalty ? "CAD" : null, penalty ? 1 : null, outcome == InspectionOutcome.BAN ? 1 : null, LocalDate.parse(sentOn)));
    }

    private DeadlineScheduled scheduledBy(FollowInspection step) {
        List<DeadlineScheduled> scheduled = deadlines.given().when(step).stateAfter().deadlines();
        assertEquals(1, scheduled.size(), scheduled.toString());
        return scheduled.get(0);
    }

    @Test
    void a_notice_of_inspection_starts_the_documents_deadline_on_the_date_it_gives_of_the_inspected_employer() {
        DeadlineScheduled documents = scheduledBy(notice("2026-07-01"));

        assertEquals("INSPECTION_DOCUMENTS_DUE", documents.kind());
        assertEquals(LocalDate.parse("2026-07-01"), documents.dueDate(), "a date the notice gives stays on Canada Day");
        assertEquals(INSPECTION, documents.inspectionId());
        assertEquals(EMPLOYER, documents.businessNumber());
        assertNull(documents.offerNumber());
        assertNull(documents.applicationId());
        assertEquals(RULES.compute(DeadlineKind.INSPECTION_DOCUMENTS_DUE, LocalDate.parse("2026-07-01")).basis(), documents.basis());
    }

    @Test
    void a_preliminary_finding_starts_the_response_deadline_thirty_days_after_it_is_deemed_received() {
        DeadlineScheduled response = scheduledBy(findingSent("2026-03-04"));

        assertEquals("PRELIMINARY_FINDING_RESPONSE_DUE", response.kind());
        assertEquals(LocalDate.parse("2026-03-14"), response.startDate());
        assertEquals(LocalDate.parse("2026-04-13"), response.dueDate());
        assertTrue(response.basis().contains("deemed received, 10 days after it was sent on 2026-03-04"), response.basis());
    }

    @Test
    void a_determination_with_a_penalty_starts_its_payment_deadline() {
        DeadlineScheduled payment = scheduledBy(determination(InspectionOutcome.AMP, "2026-09-12"));

        assertEquals("AMP_PAYMENT_DUE", payment.kind());
        assertEquals(LocalDate.parse("2026-10-13"), payment.dueDate(), "day 30 is Thanksgiving Day");
        assertEquals(RULES.compute(DeadlineKind.AMP_PAYMENT_DUE, LocalDate.parse("2026-09-12")).warnings(), payment.warnings());
    }

    @Test
    void a_determination_without_a_penalty_starts_no_deadline() {
        for (InspectionOutcome outcome : List.of(InspectionOutcome.COMPLIANT, InspectionOutcome.WARNING, InspectionOutcome.BAN)) {
            deadlines.given().when(determination(outcome, "2026-09-12")).thenNothingHappens();
        }
    }

    @Test
    void each_step_delivered_again_schedules_nothing_twice() {
        for (FollowInspection step : List.of(notice("2026-07-01"), findingSent("2026-03-04"),
                determination(InspectionOutcome.AMP, "2026-09-12"))) {
            DeadlineScheduled once = scheduledBy(step);

            deadlines.given(once).when(step).thenNothingHappens();
            deadlines.given(once).when(new FollowInspection(step.inspection(), UUID.randomUUID())).thenNothingHappens();
        }
    }

    @Test
    void the_response_to_the_finding_meets_its_deadline_on_the_day_it_was_sent_once() {
        DeadlineScheduled response = scheduledBy(findingSent("2026-03-04"));
        var answer = step(new PreliminaryFindingAnswered(INSPECTION, EMPLOYER, LocalDate.parse("2026-04-01"), "RESP-2026-01"));
        DeadlineMet met = new DeadlineMet(response.deadlineId(), null, LocalDate.parse("2026-04-01"),
                "Response to the notice of preliminary finding recorded (reference RESP-2026-01)");

        deadlines.given(response).when(answer).then(met);
        deadlines.given(response, met).when(answer).thenNothingHappens();
    }

    @Test
    void the_payment_of_the_penalty_meets_its_deadline_once() {
        DeadlineScheduled payment = scheduledBy(determination(InspectionOutcome.AMP, "2026-09-12"));
        var paid = step(new PenaltyPaid(INSPECTION, EMPLOYER, new BigDecimal("2000.00"), "CAD", LocalDate.parse("2026-10-01")));
        DeadlineMet met = new DeadlineMet(payment.deadlineId(), null, LocalDate.parse("2026-10-01"), "Penalty paid: 2000.00 CAD");

        deadlines.given(payment).when(paid).then(met);
        deadlines.given(payment, met).when(paid).thenNothingHappens();
    }

    @Test
    void a_response_or_a_payment_with_no_deadline_to_meet_is_rejected() {
        deadlines.given()
                .when(step(new PreliminaryFindingAnswered(INSPECTION, EMPLOYER, LocalDate.parse("2026-04-01"), "RESP-1")))
                .thenRejectedWith(DeadlineError.DeadlineNotFound.class, e -> { });
        deadlines.given(scheduledBy(determination(InspectionOutcome.AMP, "2026-09-12")))
                .when(step(new PreliminaryFindingAnswered(INSPECTION, EMPLOYER, LocalDate.parse("2026-10-01"), "RESP-1")))
                .thenRejectedWith(DeadlineError.DeadlineNotFound.class, e -> { });
    }

    @Test
    void the_documents_deadline_is_not_met_by_a_finding_or_a_determination() {
        DeadlineScheduled documents = scheduledBy(notice("2026-07-01"));

        var afterFinding = deadlines.given(documents).when(findingSent("2026-07-10")).stateAfter();
        assertTrue(afterFinding.met().isEmpty());
        var afterDetermination = deadlines.given(documents).when(determination(InspectionOutcome.COMPLIANT, "2026-09-12"))
                .stateAfter();
        assertTrue(afterDetermination.met().isEmpty());
    }

    @Test
    void an_inspection_deadline_marked_met_or_elapsed_names_no_offer() {
        DeadlineScheduled documents = scheduledBy(notice("2026-07-01"));

        deadlines.given(documents)
                .when(new DeadlineCommand.MarkDeadlineMet(INSPECTION, documents.deadlineId(), LocalDate.parse("2026-06-30"),
                        "Documents sent", LocalDate.parse("2026-07-01")))
                .then(new DeadlineMet(documents.deadlineId(), null, LocalDate.parse("2026-06-30"), "Documents sent"));
        Instant at = Instant.parse("2026-07-02T04:00:00Z");
        deadlines.given(documents).when(new DeadlineCommand.ExpireDeadline(INSPECTION, documents.deadlineId(), at))
                .then(new DeadlineElapsed(documents.deadlineId(), null, null, "INSPECTION_DOCUMENTS_DUE",
                        LocalDate.parse("2026-07-01"), at));
    }

    @Test
    void an_inspections_steps_are_decided_on_the_inspections_own_stream() {
        assertEquals(INSPECTION, notice("2026-07-01").stream());
        assertNull(notice("2026-07-01").offerNumber());
    }
}
