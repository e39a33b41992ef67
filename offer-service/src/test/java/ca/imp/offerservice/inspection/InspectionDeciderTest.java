package ca.imp.offerservice.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ca.imp.contract.inspection.DeterminationRendered;
import ca.imp.contract.inspection.InspectionEvent;
import ca.imp.contract.inspection.InspectionNoticed;
import ca.imp.contract.inspection.InspectionOutcome;
import ca.imp.contract.inspection.PenaltyPaid;
import ca.imp.contract.inspection.PreliminaryFindingAnswered;
import ca.imp.contract.inspection.PreliminaryFindingSent;
import ca.imp.decidertesting.DeciderSpec;
import ca.imp.decidertesting.EveryCase;
import ca.imp.offerservice.inspection.InspectionCommand.RecordDetermination;
import ca.imp.offerservice.inspection.InspectionCommand.RecordFindingResponse;
import ca.imp.offerservice.inspection.InspectionCommand.RecordNotice;
import ca.imp.offerservice.inspection.InspectionCommand.RecordPenaltyPayment;
import ca.imp.offerservice.inspection.InspectionCommand.RecordPreliminaryFinding;
import ca.imp.offerservice.reference.AmpRanges.AmpRange;

class InspectionDeciderTest {
    private static final String ID = "3f0c2a9e-8d4b-4c55-9a61-2b7f0d1e6c42";
    private static final String EMPLOYER = "123456789";
    private static final LocalDate TODAY = LocalDate.parse("2027-02-01");
    private static final LocalDate NOTICE_ON = LocalDate.parse("2026-10-01");
    private static final LocalDate DOCUMENTS_DUE_ON = LocalDate.parse("2026-10-31");
    private static final LocalDate FINDING_SENT_ON = LocalDate.parse("2026-11-02");
    private static final LocalDate DETERMINATION_SENT_ON = LocalDate.parse("2026-12-15");
    private static final BigDecimal AMP = new BigDecimal("5000.00");
    private static final Optional<AmpRange> RANGE = Optional.of(new AmpRange(new BigDecimal("500"), new BigDecimal("100000"), "CAD",
            LocalDate.parse("2015-12-01"), null, "domain.md"));

    private static final InspectionNoticed NOTICED = new InspectionNoticed(ID, EMPLOYER, List.of("A1234567", "A7654321"),
            NOTICE_ON, DOCUMENTS_DUE_ON);
    private static final PreliminaryFindingSent FINDING = new PreliminaryFindingSent(ID, EMPLOYER, FINDING_SENT_ON);
    private static final DeterminationRendered AMP_DETERMINED = new DeterminationRendered(ID, EMPLOYER, InspectionOutcome.AMP, AMP,
            "CAD", 1, null, DETERMINATION_SENT_ON);

    private final InspectionDecider decider = new InspectionDecider();
    private final DeciderSpec<InspectionCommand, InspectionState, InspectionEvent> inspection = DeciderSpec.of(decider);

    private static RecordNotice notice(List<String> offers, Set<String> employersOffers) {
        return new RecordNotice(ID, EMPLOYER, offers, NOTICE_ON, DOCUMENTS_DUE_ON, employersOffers, TODAY);
    }

    private static RecordDetermination determination(InspectionOutcome outcome, BigDecimal amount, int violations, Integer banYears) {
        return new RecordDetermination(ID, outcome, amount, amount == null ? null : "CAD", violations, banYears, DETERMINATION_SENT_ON,
                RANGE, TODAY);
    }

    @Test
    void every_command_has_a_rule_and_every_event_a_transition() {
        EveryCase.assertHandled(InspectionCommand.class, decider.decisions()::handles);
        EveryCase.assertHandled(InspectionEvent.class, decider.transitions()::handles);
    }

    @Test
    void a_notice_of_inspection_records_the_offers_it_covers_and_the_documents_due_date() {
        inspection.given()
                .when(notice(List.of("A1234567", "A7654321", "A1234567"), Set.of("A1234567", "A7654321")))
                .then(NOTICED);
    }

    @Test
    void an_inspection_covers_only_the_employers_offers() {
        inspection.given()
                .when(notice(List.of("A1234567", "A9999999"), Set.of("A1234567")))
                .thenRejectedWith(new InspectionError.NotTheEmployersOffers(EMPLOYER, List.of("A9999999")));
    }

    @Test
    void the_documents_are_not_due_before_the_notice() {
        inspection.given()
                .when(new RecordNotice(ID, EMPLOYER, List.of("A1234567"), NOTICE_ON, NOTICE_ON.minusDays(1), Set.of("A1234567"), TODAY))
                .thenRejectedWith(new InspectionError.DateOutOfOrder("documentsDueOn", NOTICE_ON.minusDays(1),
                        "the notice of inspection", NOTICE_ON));
    }

    @Test
    void a_notice_is_not_dated_after_today() {
        inspection.given()
                .when(new RecordNotice(ID, EMPLOYER, List.of("A1234567"), TODAY.plusDays(1), TODAY.plusDays(30), Set.of("A1234567"), TODAY))
                .thenRejectedWith(new InspectionError.DayInFuture("noticeOn", TODAY));
    }

    @Test
    void a_preliminary_finding_follows_the_notice() {
        inspection.given(NOTICED).when(new RecordPreliminaryFinding(ID, FINDING_SENT_ON, TODAY)).then(FINDING);
        inspection.given(NOTICED).when(new RecordPreliminaryFinding(ID, NOTICE_ON.minusDays(1), TODAY))
                .thenRejectedWith(new InspectionError.DateOutOfOrder("sentOn", NOTICE_ON.minusDays(1), "the notice of inspection",
                        NOTICE_ON));
    }

    @Test
    void nothing_is_recorded_of_an_inspection_without_its_notice() {
        inspection.given().when(new RecordPreliminaryFinding(ID, FINDING_SENT_ON, TODAY))
                .thenRejectedWith(new InspectionError.InspectionNotFound(ID));
    }

    @Test
    void recording_the_same_preliminary_finding_again_changes_nothing_and_another_is_refused() {
        inspection.given(NOTICED, FINDING).when(new RecordPreliminaryFinding(ID, FINDING_SENT_ON, TODAY)).thenNothingHappens();
        inspection.given(NOTICED, FINDING).when(new RecordPreliminaryFinding(ID, FINDING_SENT_ON.plusDays(1), TODAY))
                .thenRejectedWith(new InspectionError.StepAlreadyRecorded(ID, "notice of preliminary finding", "sentOn",
                        FINDING_SENT_ON));
    }

    @Test
    void a_response_answers_a_preliminary_finding_sent_before_it() {
        var answered = new PreliminaryFindingAnswered(ID, EMPLOYER, FINDING_SENT_ON.plusDays(20), "HR-2026-117");
        inspection.given(NOTICED).when(new RecordFindingResponse(ID, FINDING_SENT_ON.plusDays(20), "HR-2026-117", TODAY))
                .thenRejectedWith(new InspectionError.StepMissing(ID, "response", "notice of preliminary finding"));
        inspection.given(NOTICED, FINDING).when(new RecordFindingResponse(ID, FINDING_SENT_ON.plusDays(20), "HR-2026-117", TODAY))
                .then(answered);
        inspection.given(NOTICED, FINDING).when(new RecordFindingResponse(ID, FINDING_SENT_ON.minusDays(1), "HR-2026-117", TODAY))
                .thenRejectedWith(new InspectionError.DateOutOfOrder("respondedOn", FINDING_SENT_ON.minusDays(1),
                        "the notice of preliminary finding", FINDING_SENT_ON));
        inspection.given(NOTICED, FINDING, answered)
                .when(new RecordFindingResponse(ID, FINDING_SENT_ON.plusDays(20), "HR-2026-117", TODAY)).thenNothingHappens();
        inspection.given(NOTICED, FINDING, answered)
                .when(new RecordFindingResponse(ID, FINDING_SENT_ON.plusDays(20), "HR-2026-118", TODAY))
                .thenRejectedWith(InspectionError.StepAlreadyRecorded.class, error -> assertEquals("respondedOn", error.field()));
    }

    @Test
    void an_amp_is_within_the_range_per_violation_in_force() {
        inspection.given(NOTICED, FINDING).when(determination(InspectionOutcome.AMP, AMP, 1, null)).then(AMP_DETERMINED);
        inspection.given(NOTICED, FINDING).when(determination(InspectionOutcome.AMP, new BigDecimal("499.99"), 1, null))
                .thenRejectedWith(InspectionError.AmpAmountOutOfRange.class, error -> assertEquals("penalty.amount", error.field()));
        inspection.given(NOTICED, FINDING).when(determination(InspectionOutcome.AMP, new BigDecimal("100000.01"), 1, null))
                .thenRejectedWith(InspectionError.AmpAmountOutOfRange.class, error -> assertEquals(new BigDecimal("100000"),
                        error.facts().get("maximumPerViolation")));
    }

    @Test
    void each_violation_counts_in_the_range_of_an_amp() {
        inspection.given(NOTICED, FINDING).when(determination(InspectionOutcome.AMP, new BigDecimal("150000"), 2, null))
                .then(new DeterminationRendered(ID, EMPLOYER, InspectionOutcome.AMP, new BigDecimal("150000"), "CAD", 2, null,
                        DETERMINATION_SENT_ON));
        inspection.given(NOTICED, FINDING).when(determination(InspectionOutcome.AMP, new BigDecimal("900"), 2, null))
                .thenRejectedWith(InspectionError.AmpAmountOutOfRange.class, error -> assertEquals("amp-amount", error.rule()));
    }

    @Test
    void no_amp_is_imposed_on_a_day_no_range_was_in_force() {
        inspection.given(NOTICED, FINDING).when(new RecordDetermination(ID, InspectionOutcome.AMP, AMP, "CAD", 1, null,
                        DETERMINATION_SENT_ON, Optional.empty(), TODAY))
                .thenRejectedWith(InspectionError.OutcomeMismatch.class, error -> assertEquals("sentOn", error.field()));
    }

    @Test
    void only_an_amp_has_a_penalty_and_only_a_ban_a_length() {
        inspection.given(NOTICED).when(determination(InspectionOutcome.AMP, null, 1, null))
                .thenRejectedWith(InspectionError.OutcomeMismatch.class, error -> assertEquals("penalty", error.field()));
        inspection.given(NOTICED).when(determination(InspectionOutcome.WARNING, AMP, 1, null))
                .thenRejectedWith(InspectionError.OutcomeMismatch.class, error -> assertEquals("penalty", error.field()));
        inspection.given(NOTICED).when(determination(InspectionOutcome.BAN, null, 1, null))
                .thenRejectedWith(InspectionError.OutcomeMismatch.class, error -> assertEquals("banYears", error.field()));
        inspection.given(NOTICED).when(determination(InspectionOutcome.BAN, null, 1, 2))
                .then(new DeterminationRendered(ID, EMPLOYER, InspectionOutcome.BAN, null, null, null, 2, DETERMINATION_SENT_ON));
        inspection.given(NOTICED).when(determination(InspectionOutcome.COMPLIANT, null, 1, null))
                .then(new DeterminationRendered(ID, EMPLOYER, InspectionOutcome.COMPLIANT, null, null, null, null, DETERMINATION_SENT_ON));
    }

    @Test
    void a_determination_is_not_sent_before_the_preliminary_finding() {
        inspection.given(NOTICED, FINDING).when(new RecordDetermination(ID, InspectionOutcome.WARNING, null, null, 1, null,
                        FINDING_SENT_ON.minusDays(1), RANGE, TODAY))
                .thenRejectedWith(new InspectionError.DateOutOfOrder("sentOn", FINDING_SENT_ON.minusDays(1),
                        "the notice of preliminary finding", FINDING_SENT_ON));
    }

    @Test
    void recording_the_same_determination_again_changes_nothing_and_another_is_refused() {
        inspection.given(NOTICED, FINDING, AMP_DETERMINED).when(determination(InspectionOutcome.AMP, new BigDecimal("5000"), 1, null))
                .thenNothingHappens();
        inspection.given(NOTICED, FINDING, AMP_DETERMINED).when(determination(InspectionOutcome.WARNING, null, 1, null))
                .thenRejectedWith(InspectionError.StepAlreadyRecorded.class, error -> assertEquals("inspection-step-already-recorded",
                        error.rule()));
    }

    @Test
    void the_penalty_paid_is_the_amp_determined() {
        var paidOn = DETERMINATION_SENT_ON.plusDays(20);
        inspection.given(NOTICED, FINDING, AMP_DETERMINED).when(new RecordPenaltyPayment(ID, new BigDecimal("5000"), "CAD", paidOn, TODAY))
                .then(new PenaltyPaid(ID, EMPLOYER, new BigDecimal("5000"), "CAD", paidOn));
        inspection.given(NOTICED, FINDING, AMP_DETERMINED).when(new RecordPenaltyPayment(ID, new BigDecimal("4999"), "CAD", paidOn, TODAY))
                .thenRejectedWith(new InspectionError.WrongPenaltyAmount(AMP, "CAD", new BigDecimal("4999"), "CAD"));
        inspection.given(NOTICED, FINDING, AMP_DETERMINED)
                .when(new RecordPenaltyPayment(ID, AMP, "CAD", DETERMINATION_SENT_ON.minusDays(1), TODAY))
                .thenRejectedWith(new InspectionError.DateOutOfOrder("paidOn", DETERMINATION_SENT_ON.minusDays(1),
                        "the final determination", DETERMINATION_SENT_ON));
    }

    @Test
    void only_an_amp_is_paid() {
        inspection.given(NOTICED, FINDING).when(new RecordPenaltyPayment(ID, AMP, "CAD", TODAY, TODAY))
                .thenRejectedWith(new InspectionError.NoPenaltyOwed(ID));
        inspection.given(NOTICED, new DeterminationRendered(ID, EMPLOYER, InspectionOutcome.WARNING, null, null, null, null,
                        DETERMINATION_SENT_ON))
                .when(new RecordPenaltyPayment(ID, AMP, "CAD", TODAY, TODAY))
                .thenRejectedWith(new InspectionError.NoPenaltyOwed(ID));
    }

    @Test
    void paying_the_same_penalty_again_changes_nothing_and_another_payment_is_refused() {
        var paid = new PenaltyPaid(ID, EMPLOYER, AMP, "CAD", TODAY);
        inspection.given(NOTICED, FINDING, AMP_DETERMINED, paid).when(new RecordPenaltyPayment(ID, new BigDecimal("5000"), "CAD", TODAY, TODAY))
                .thenNothingHappens();
        inspection.given(NOTICED, FINDING, AMP_DETERMINED, paid)
                .when(new RecordPenaltyPayment(ID, AMP, "CAD", TODAY.minusDays(1), TODAY))
                .thenRejectedWith(new InspectionError.StepAlreadyRecorded(ID, "payment of the penalty", "paidOn", TODAY));
    }
}
