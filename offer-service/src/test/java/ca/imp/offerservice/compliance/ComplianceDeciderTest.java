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
import ca.imp.contract.offer.EmploymentChanged;
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
import ca.imp.offerservice.compliance.ComplianceCommand.RecordEmploymentChange;
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
        return new CompliancePolicy(reference.obligations(), reference.registrations(), reference.tolerances());
    }

    private static OfferSubmitted submittedIn(Province province) {
        return new OfferSubmitted(NUMBER, new OfferTerms(
                new OfferTerms.Employer("123456789", "Maple Robotics Inc.", null,
                        new OfferTerms.Address("100 Queen St", "Ottawa", Province.ON, "K1P 1J9")),
                new OfferTerms.Job("Robotics engineer", "21301", "Design and test industrial robots.", new BigDecimal("40"),
                        new OfferTerms.Wage(new BigDecimal("48.50"), OfferTerms.WageUnit.HOUR), null,
                        new OfferTerms.WorkLocation("Somewhere", province), STARTS_ON, STARTS_ON.plusYears(2)),
                "C10"), new BigDecimal("230.00"), "CAD", null, null, null);
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
        var policy = new CompliancePolicy(List.of(rights), List.of(), List.of());
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

    private static final LocalDate EFFECTIVE_ON = LocalDate.parse("2027-01-01");
    private static final List<String> DOCUMENTS = List.of("Amended agreement 2026-12-15");

    private static RecordEmploymentChange change(OfferTerms.Wage wage, BigDecimal hours, String nocCode,
                                                 OfferTerms.WorkLocation location, boolean promotion) {
        return new RecordEmploymentChange(NUMBER, new EmploymentChange(EFFECTIVE_ON, wage, hours, nocCode, null, location, promotion,
                DOCUMENTS), POLICY, TODAY);
    }

    private static RecordEmploymentChange wage(String perHour) {
        return change(new OfferTerms.Wage(new BigDecimal(perHour), OfferTerms.WageUnit.HOUR), null, null, null, false);
    }

    private static EmploymentChanged changed(OfferTerms.Wage wage, BigDecimal hours, OfferTerms.WorkLocation location) {
        return new EmploymentChanged(NUMBER, EFFECTIVE_ON, wage, hours, null, location, DOCUMENTS);
    }

    private static void needsNewOffer(DeciderSpec<ComplianceCommand, ComplianceState, OfferEvent>.When when, String rule, String field) {
        when.thenRejectedWith(ComplianceError.NewOfferAndPermitNeeded.class, error -> {
            assertEquals(rule, error.rule());
            assertEquals(field, error.field());
            assertEquals(EFFECTIVE_ON, error.effectiveOn());
        });
    }

    @Test
    void a_raise_is_recorded() {
        compliance.given(SUBMITTED, APPROVED)
                .when(wage("52.00"))
                .then(changed(new OfferTerms.Wage(new BigDecimal("52.00"), OfferTerms.WageUnit.HOUR), null, null));
    }

    @Test
    void a_lower_wage_needs_a_new_offer_and_permit() {
        needsNewOffer(compliance.given(SUBMITTED, APPROVED).when(wage("45.00")), "lower-wage-needs-new-offer", "wage.amount");
    }

    @Test
    void a_wage_is_compared_per_hour_so_the_same_salary_for_more_hours_is_lower() {
        // 48.50 an hour for 40 hours is 100,880 a year; the same yearly amount for 45 hours is less an hour
        var salary = new OfferTerms.Wage(new BigDecimal("100880.00"), OfferTerms.WageUnit.YEAR);
        compliance.given(SUBMITTED, APPROVED)
                .when(change(salary, null, null, null, false))
                .then(changed(salary, null, null));
        needsNewOffer(compliance.given(SUBMITTED, APPROVED).when(change(salary, new BigDecimal("45"), null, null, false)),
                "lower-wage-needs-new-offer", "wage.amount");
    }

    @Test
    void a_different_noc_occupation_needs_a_new_offer_and_permit() {
        needsNewOffer(compliance.given(SUBMITTED, APPROVED).when(change(null, null, "21399", null, false)),
                "occupation-change-needs-new-offer", "nocCode");
    }

    @Test
    void a_promotion_needs_a_new_offer_and_permit() {
        needsNewOffer(compliance.given(SUBMITTED, APPROVED).when(change(null, null, null, null, true)),
                "promotion-needs-new-offer", "promotion");
    }

    @Test
    void fewer_hours_than_the_policy_tolerates_need_a_new_offer_and_permit() {
        needsNewOffer(compliance.given(SUBMITTED, APPROVED).when(change(null, new BigDecimal("37.5"), null, null, false)),
                "fewer-hours-need-new-offer", "hoursPerWeek");
    }

    @Test
    void hours_within_the_tolerance_of_the_policy_data_are_substantially_the_same() {
        var tenPercent = new ComplianceObligations.ChangeTolerance(BigDecimal.TEN, LocalDate.parse("2015-02-21"), null, "test");
        var policy = new CompliancePolicy(POLICY.obligations(), POLICY.registrations(), List.of(tenPercent));
        compliance.given(SUBMITTED, APPROVED)
                .when(new RecordEmploymentChange(NUMBER, new EmploymentChange(EFFECTIVE_ON, null, new BigDecimal("36"), null, null,
                        null, false, DOCUMENTS), policy, TODAY))
                .then(changed(null, new BigDecimal("36"), null));
    }

    @Test
    void work_in_another_province_needs_a_new_offer_and_permit_another_city_in_it_is_recorded() {
        needsNewOffer(compliance.given(SUBMITTED, APPROVED)
                        .when(change(null, null, null, new OfferTerms.WorkLocation("Gatineau", Province.QC), false)),
                "move-to-another-province-needs-new-offer", "location.province");
        var kingston = new OfferTerms.WorkLocation("Kingston", Province.ON);
        compliance.given(SUBMITTED, APPROVED).when(change(null, null, null, kingston, false)).then(changed(null, null, kingston));
    }

    @Test
    void the_same_change_again_changes_nothing() {
        var raise = new OfferTerms.Wage(new BigDecimal("52.00"), OfferTerms.WageUnit.HOUR);
        compliance.given(SUBMITTED, APPROVED, changed(raise, null, null)).when(wage("52.00")).thenNothingHappens();
    }

    @Test
    void a_change_is_held_against_the_offer_with_the_changes_recorded_since() {
        var raise = new OfferTerms.Wage(new BigDecimal("52.00"), OfferTerms.WageUnit.HOUR);
        // after a raise to 52.00, going back to the offer's 48.50 is still not below the offer
        compliance.given(SUBMITTED, APPROVED, changed(raise, null, null))
                .when(wage("48.50"))
                .then(changed(new OfferTerms.Wage(new BigDecimal("48.50"), OfferTerms.WageUnit.HOUR), null, null));
    }

    @Test
    void a_change_needs_an_approved_offer_and_takes_effect_after_the_approval() {
        compliance.given(SUBMITTED).when(wage("52.00")).thenRejectedWith(new ComplianceError.ChangeNeedsApproval(NUMBER));
        compliance.given(SUBMITTED, APPROVED)
                .when(new RecordEmploymentChange(NUMBER, new EmploymentChange(APPROVED_ON.minusDays(1), null, null, null, "New duties",
                        null, false, DOCUMENTS), POLICY, TODAY))
                .thenRejectedWith(new ComplianceError.ChangeBeforeApproval(APPROVED_ON.minusDays(1), APPROVED_ON));
    }

    @Test
    void a_change_that_changes_nothing_is_refused() {
        compliance.given(SUBMITTED, APPROVED).when(change(null, null, null, null, false))
                .thenRejectedWith(new ComplianceError.NothingChanged());
    }

    @Test
    void the_changes_recorded_are_listed_in_order() {
        var raise = new OfferTerms.Wage(new BigDecimal("52.00"), OfferTerms.WageUnit.HOUR);
        var state = assertInstanceOf(OfferObligations.class, compliance.given(SUBMITTED, APPROVED, changed(raise, null, null)).state());
        assertEquals(List.of(changed(raise, null, null)), state.changes());
        assertEquals(raise, state.current().wage());
    }
}
