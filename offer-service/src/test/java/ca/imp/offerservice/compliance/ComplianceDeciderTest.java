package ca.imp.offerservice.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.ComplianceEvidenceRecorded;
import ca.imp.contract.offer.EmploymentStarted;
import ca.imp.contract.offer.OfferEvent;
import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.contract.offer.OfferTerms;
import ca.imp.contract.offer.OfferTerms.Province;
import ca.imp.contract.offer.OfferWithdrawn;
import ca.imp.decidertesting.DeciderSpec;
import ca.imp.decidertesting.EveryCase;
import ca.imp.offerservice.compliance.Checklist.Status;
import ca.imp.offerservice.compliance.ComplianceCommand.RecordEvidence;
import ca.imp.offerservice.compliance.ComplianceState.OfferObligations;
import ca.imp.offerservice.offer.OfferError;
import ca.imp.offerservice.reference.ComplianceObligations;
import ca.imp.offerservice.reference.ComplianceObligations.AppliesWhere;
import ca.imp.offerservice.reference.ComplianceObligations.Due;
import ca.imp.offerservice.reference.ComplianceObligations.Obligation;

/** The employer's obligations under an offer: the rules of recording their evidence, and where each stands on a day. */
class ComplianceDeciderTest {
    private static final String NUMBER = "A1234567";
    private static final LocalDate APPROVED_ON = LocalDate.parse("2026-06-16");
    private static final LocalDate STARTS_ON = LocalDate.parse("2026-09-01");
    private static final LocalDate TODAY = LocalDate.parse("2026-07-02");
    /** The product's own reference data: the obligations and the provinces that register employers, as published. */
    private static final CompliancePolicy POLICY = policy(new ComplianceObligations());

    private final ComplianceDecider decider = new ComplianceDecider();
    private final DeciderSpec<ComplianceCommand, ComplianceState, OfferEvent> compliance = DeciderSpec.of(decider);

    private static CompliancePolicy policy(ComplianceObligations reference) {
        return new CompliancePolicy(reference.obligations(), reference.registrations());
    }

    private static OfferSubmitted submittedIn(Province province) {
        return new OfferSubmitted(NUMBER, new OfferTerms(
                new OfferTerms.Employer("123456789", "Maple Robotics Inc.", null,
                        new OfferTerms.Address("100 Queen St", "Ottawa", Province.ON, "K1P 1J9")),
                new OfferTerms.Job("Robotics engineer", "21301", "Design and test industrial robots.", new BigDecimal("40"),
                        new OfferTerms.Wage(new BigDecimal("48.50"), OfferTerms.WageUnit.HOUR), null,
                        new OfferTerms.WorkLocation("Somewhere", province), STARTS_ON, STARTS_ON.plusYears(2)),
                "C10"), new BigDecimal("230.00"), "CAD", null);
    }

    private static final OfferSubmitted SUBMITTED = submittedIn(Province.ON);
    private static final OfferInvalidated APPROVED = decided(DecisionOutcome.APPROVED);

    private static OfferInvalidated decided(DecisionOutcome outcome) {
        return new OfferInvalidated(NUMBER, NUMBER + "-1", outcome, APPROVED_ON, UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    }

    private static RecordEvidence evidence(String obligation, String reference, LocalDate documentOn) {
        return new RecordEvidence(NUMBER, new Evidence(obligation, reference, documentOn, null), POLICY, TODAY);
    }

    private static ComplianceEvidenceRecorded recorded(String obligation, String reference, LocalDate documentOn) {
        return new ComplianceEvidenceRecorded(NUMBER, obligation, reference, documentOn, null);
    }

    private Map<String, Checklist.Item> checklist(LocalDate today, OfferEvent... past) {
        var state = assertInstanceOf(OfferObligations.class, compliance.given(past).state());
        return Checklist.of(state, POLICY, today).items().stream()
                .collect(Collectors.toMap(item -> item.obligation().id(), Function.identity()));
    }

    @Test
    void every_command_has_a_rule_and_every_event_a_transition() {
        EveryCase.assertHandled(ComplianceCommand.class, decider.decisions()::handles);
        EveryCase.assertHandled(OfferEvent.class, decider.transitions()::handles);
    }

    @Test
    void evidence_of_an_obligation_on_an_approved_offer_is_recorded() {
        compliance.given(SUBMITTED, APPROVED)
                .when(evidence("RIGHTS_INFORMATION", "HR file 2026-118", TODAY))
                .then(recorded("RIGHTS_INFORMATION", "HR file 2026-118", TODAY));
    }

    @Test
    void what_is_due_before_the_offer_is_recorded_before_the_decision_too() {
        compliance.given(SUBMITTED)
                .when(evidence("SIGNED_EMPLOYMENT_AGREEMENT", "Agreement signed 2026-04-30", LocalDate.parse("2026-04-30")))
                .then(recorded("SIGNED_EMPLOYMENT_AGREEMENT", "Agreement signed 2026-04-30", LocalDate.parse("2026-04-30")));
    }

    @Test
    void the_same_evidence_again_changes_nothing() {
        compliance.given(SUBMITTED, APPROVED, recorded("RIGHTS_INFORMATION", "HR file 2026-118", TODAY))
                .when(evidence("RIGHTS_INFORMATION", "HR file 2026-118", TODAY))
                .thenNothingHappens();
    }

    @Test
    void other_evidence_of_an_obligation_already_shown_is_refused() {
        compliance.given(SUBMITTED, APPROVED, recorded("RIGHTS_INFORMATION", "HR file 2026-118", TODAY))
                .when(evidence("RIGHTS_INFORMATION", "HR file 2026-200", TODAY))
                .thenRejectedWith(new ComplianceError.EvidenceAlreadyRecorded(NUMBER, "RIGHTS_INFORMATION", "HR file 2026-118", TODAY));
    }

    @Test
    void an_offer_refused_or_withdrawn_binds_its_employer_to_nothing() {
        compliance.given(SUBMITTED, decided(DecisionOutcome.REFUSED))
                .when(evidence("RIGHTS_INFORMATION", "HR file 2026-118", TODAY))
                .thenRejectedWith(new ComplianceError.OfferEndedUnapproved(NUMBER));
        compliance.given(SUBMITTED, new OfferWithdrawn(NUMBER, TODAY, null))
                .when(evidence("RIGHTS_INFORMATION", "HR file 2026-118", TODAY))
                .thenRejectedWith(new ComplianceError.OfferEndedUnapproved(NUMBER));
    }

    @Test
    void an_obligation_the_reference_data_does_not_name_is_refused() {
        compliance.given(SUBMITTED, APPROVED)
                .when(evidence("HOUSING_INSPECTION", "Report 7", TODAY))
                .thenRejectedWith(new ComplianceError.UnknownObligation("HOUSING_INSPECTION"));
    }

    @Test
    void evidence_on_an_offer_never_submitted_is_refused_as_not_found() {
        compliance.given()
                .when(evidence("RIGHTS_INFORMATION", "HR file 2026-118", TODAY))
                .thenRejectedWith(new OfferError.OfferNotFound(NUMBER));
    }

    @Test
    void a_provincial_registration_where_the_province_requires_none_is_refused() {
        compliance.given(SUBMITTED, APPROVED)
                .when(evidence("PROVINCIAL_EMPLOYER_REGISTRATION", "Registry 4411", TODAY))
                .thenRejectedWith(ComplianceError.ObligationNotApplicable.class,
                        error -> assertEquals("ON requires no registration of employers of foreign workers on 2026-06-16",
                                error.because()));
        compliance.given(submittedIn(Province.MB), APPROVED)
                .when(evidence("PROVINCIAL_EMPLOYER_REGISTRATION", "Registry 4411", TODAY))
                .then(recorded("PROVINCIAL_EMPLOYER_REGISTRATION", "Registry 4411", TODAY));
    }

    @Test
    void provincial_registration_is_due_only_where_the_province_requires_it() {
        for (Province province : Province.values()) {
            var item = checklist(TODAY, submittedIn(province), APPROVED).get("PROVINCIAL_EMPLOYER_REGISTRATION");
            boolean requires = List.of(Province.BC, Province.SK, Province.MB, Province.QC, Province.NB, Province.NS, Province.YT)
                    .contains(province);
            assertEquals(requires ? Status.OVERDUE : Status.NOT_APPLICABLE, item.status(), province.name());
        }
    }

    @Test
    void what_was_due_before_the_offer_is_due_on_the_approval_day_and_overdue_after_it() {
        assertEquals(Status.DUE, checklist(APPROVED_ON, SUBMITTED, APPROVED).get("NO_FEE_RECOVERED").status());
        var after = checklist(APPROVED_ON.plusDays(1), SUBMITTED, APPROVED).get("NO_FEE_RECOVERED");
        assertEquals(Status.OVERDUE, after.status());
        assertEquals(Optional.of(APPROVED_ON), after.dueOn());
    }

    @Test
    void before_the_decision_what_is_due_before_the_offer_has_no_day_yet() {
        var item = checklist(TODAY, SUBMITTED).get("SIGNED_EMPLOYMENT_AGREEMENT");
        assertEquals(Status.DUE, item.status());
        assertEquals(Optional.empty(), item.dueOn());
    }

    @Test
    void rights_information_is_due_by_the_planned_first_day_until_the_actual_one_is_recorded() {
        var planned = checklist(TODAY, SUBMITTED, APPROVED).get("RIGHTS_INFORMATION");
        assertEquals(Optional.of(STARTS_ON), planned.dueOn());
        assertEquals(true, planned.dueOnProvisional());

        var actual = checklist(TODAY, SUBMITTED, APPROVED, new EmploymentStarted(NUMBER, NUMBER + "-1", TODAY))
                .get("RIGHTS_INFORMATION");
        assertEquals(Optional.of(TODAY), actual.dueOn());
        assertEquals(false, actual.dueOnProvisional());
    }

    @Test
    void rights_information_is_overdue_after_the_first_day_of_work() {
        var started = new EmploymentStarted(NUMBER, NUMBER + "-1", TODAY);
        assertEquals(Status.DUE, checklist(TODAY, SUBMITTED, APPROVED, started).get("RIGHTS_INFORMATION").status());
        assertEquals(Status.OVERDUE, checklist(TODAY.plusDays(1), SUBMITTED, APPROVED, started).get("RIGHTS_INFORMATION").status());
    }

    @Test
    void an_obligation_with_its_evidence_is_done_whatever_the_day() {
        var item = checklist(TODAY.plusYears(1), SUBMITTED, APPROVED,
                recorded("RIGHTS_INFORMATION", "HR file 2026-118", TODAY)).get("RIGHTS_INFORMATION");
        assertEquals(Status.DONE, item.status());
        assertEquals(Optional.of(new Evidence("RIGHTS_INFORMATION", "HR file 2026-118", TODAY, null)), item.evidence());
    }

    @Test
    void an_obligation_not_yet_in_force_on_the_day_of_the_approval_does_not_apply() {
        var rights = new Obligation("RIGHTS_INFORMATION", "Rights information", "R209.2(1)(a)", Due.FIRST_DAY_OF_WORK,
                AppliesWhere.EVERY_PROVINCE, LocalDate.parse("2022-09-26"), null, "test");
        var policy = new CompliancePolicy(List.of(rights), List.of());
        var approvedBefore = new OfferInvalidated(NUMBER, NUMBER + "-1", DecisionOutcome.APPROVED, LocalDate.parse("2022-09-25"),
                UUID.randomUUID());
        var state = assertInstanceOf(OfferObligations.class, compliance.given(SUBMITTED, approvedBefore).state());

        var item = Checklist.of(state, policy, TODAY).items().get(0);

        assertEquals(Status.NOT_APPLICABLE, item.status());
        assertEquals(Optional.of("in force from 2022-09-26, after 2022-09-25"), item.notApplicable());
        compliance.given(SUBMITTED, approvedBefore)
                .when(new RecordEvidence(NUMBER, new Evidence("RIGHTS_INFORMATION", "HR file 1", TODAY, null), policy, TODAY))
                .thenRejectedWith(new ComplianceError.ObligationNotApplicable("RIGHTS_INFORMATION",
                        "in force from 2022-09-26, after 2022-09-25"));
    }

    @Test
    void an_offer_refused_shows_every_obligation_not_applicable() {
        assertEquals(List.of(Status.NOT_APPLICABLE),
                checklist(TODAY, SUBMITTED, decided(DecisionOutcome.REFUSED)).values().stream().map(Checklist.Item::status)
                        .distinct().toList());
    }
}
