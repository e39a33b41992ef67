package ca.imp.decisionservice.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.AtipAct;
import ca.imp.contract.decision.DecisionEvent;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.decision.GcmsNotesReceived;
import ca.imp.contract.decision.GcmsNotesRequested;
import ca.imp.contract.decision.NotTemporaryFactor;
import ca.imp.contract.decision.RefusalGround;
import ca.imp.contract.decision.RequesterRole;
import ca.imp.decidertesting.DeciderSpec;
import ca.imp.decidertesting.EveryCase;
import ca.imp.decisionservice.application.ApplicationCommand.RecordGcmsNotesReceived;
import ca.imp.decisionservice.application.ApplicationCommand.RegisterApplication;
import ca.imp.decisionservice.application.ApplicationCommand.RenderDecision;
import ca.imp.decisionservice.application.ApplicationCommand.RequestGcmsNotes;
import ca.imp.decisionservice.offers.OfferStanding;

class ApplicationDeciderTest {
    private static final String OFFER = "A7654321";
    private static final String FIRST = OFFER + "-1";
    private static final LocalDate SUBMITTED_ON = LocalDate.parse("2026-05-01");
    private static final LocalDate DECIDED_ON = LocalDate.parse("2026-06-16");
    private static final LocalDate TODAY = LocalDate.parse("2026-06-20");
    private static final LocalDate PERMIT_ENDS = LocalDate.parse("2028-06-15");
    private static final String EMPLOYER = "123456789";
    private static final LocalDate OFFER_SUBMITTED_ON = LocalDate.parse("2026-04-01");
    private static final BigDecimal ATIP_FEE = new BigDecimal("5.00");

    private static final InvalidationPolicy ON_THE_MERITS = new InvalidationPolicy(Set.of(DecisionOutcome.APPROVED,
            DecisionOutcome.REFUSED, DecisionOutcome.WITHDRAWN));
    private final ApplicationDecider decider = new ApplicationDecider(ON_THE_MERITS);
    private final DeciderSpec<ApplicationCommand, OfferApplications, DecisionEvent> applications = DeciderSpec.of(decider);

    private static final OfferStanding READY = new OfferStanding(OFFER, EMPLOYER, true, OFFER_SUBMITTED_ON, true, false, null);
    private static final ApplicationRegistered REGISTERED =
            new ApplicationRegistered(FIRST, OFFER, ApplicantLocation.INSIDE_CANADA, SUBMITTED_ON);
    private static final ApplicationRegistered REGISTERED_ABROAD =
            new ApplicationRegistered(FIRST, OFFER, ApplicantLocation.OUTSIDE_CANADA, SUBMITTED_ON);

    private static RegisterApplication register(OfferStanding offer, LocalDate submittedOn) {
        return new RegisterApplication(OFFER, ApplicantLocation.INSIDE_CANADA, submittedOn, offer);
    }

    /** An approval grants a permit, here ending on {@link #PERMIT_ENDS}; no other outcome does. */
    private static RenderDecision decide(DecisionOutcome outcome, List<RefusalGround> grounds, List<NotTemporaryFactor> factors) {
        return new RenderDecision(OFFER, FIRST, outcome, DECIDED_ON, DECIDED_ON, grounds, factors, false, null,
                outcome == DecisionOutcome.APPROVED ? PERMIT_ENDS : null, TODAY);
    }

    private static RenderDecision approve(LocalDate permitExpiresOn) {
        return new RenderDecision(OFFER, FIRST, DecisionOutcome.APPROVED, DECIDED_ON, DECIDED_ON, List.of(), List.of(), false,
                null, permitExpiresOn, TODAY);
    }

    private static RenderDecision decide(DecisionOutcome outcome) {
        return decide(outcome, List.of(), List.of());
    }

    /** As decided under {@link #ON_THE_MERITS}: every outcome but RETURNED ends the offer number. */
    private static DecisionRendered rendered(DecisionOutcome outcome, List<String> grounds, List<String> factors) {
        return new DecisionRendered(FIRST, OFFER, outcome, DECIDED_ON, DECIDED_ON, ApplicantLocation.INSIDE_CANADA, grounds, factors,
                outcome != DecisionOutcome.RETURNED);
    }

    private static DecisionRendered approval(LocalDate permitExpiresOn) {
        return new DecisionRendered(FIRST, OFFER, DecisionOutcome.APPROVED, DECIDED_ON, DECIDED_ON,
                ApplicantLocation.INSIDE_CANADA, List.of(), List.of(), true, false, null, permitExpiresOn);
    }

    private static final DecisionRendered REFUSED = rendered(DecisionOutcome.REFUSED, List.of("NOT_TEMPORARY"), List.of("TRAVEL_HISTORY"));

    private static RequestGcmsNotes atip(AtipAct act, RequesterRole role, boolean inCanada, boolean consent) {
        return new RequestGcmsNotes(OFFER, FIRST, act, TODAY, role, inCanada, consent,
                act == AtipAct.PRIVACY ? BigDecimal.ZERO : ATIP_FEE, "CAD", TODAY);
    }

    private static GcmsNotesRequested requested(AtipAct act, RequesterRole role, boolean consent, BigDecimal fee) {
        return new GcmsNotesRequested(FIRST + "-G1", FIRST, OFFER, act.name(), TODAY, role.name(), true, consent, fee, "CAD");
    }

    @Test
    void every_command_has_a_rule_and_every_event_a_transition() {
        EveryCase.assertHandled(ApplicationCommand.class, decider.decisions()::handles);
        EveryCase.assertHandled(DecisionEvent.class, decider.transitions()::handles);
    }

    // registration

    @Test
    void an_application_is_registered_against_an_offer_whose_fee_is_settled() {
        applications.given().when(register(READY, SUBMITTED_ON)).then(REGISTERED);
    }

    @Test
    void an_offer_serves_one_open_application_at_a_time() {
        applications.given(REGISTERED)
                .when(new RegisterApplication(OFFER, ApplicantLocation.OUTSIDE_CANADA, SUBMITTED_ON, READY))
                .thenRejectedWith(new ApplicationError.OfferInUse(OFFER, FIRST));
    }

    @Test
    void registering_the_same_application_again_changes_nothing() {
        applications.given(REGISTERED).when(register(READY, SUBMITTED_ON)).thenNothingHappens();
    }

    @Test
    void registering_the_same_application_again_after_its_decision_ended_the_offer_changes_nothing() {
        var ended = new OfferStanding(OFFER, EMPLOYER, true, OFFER_SUBMITTED_ON, true, false,
                new OfferStanding.Invalidation(FIRST, DecisionOutcome.REFUSED, DECIDED_ON));

        applications.given(REGISTERED, REFUSED).when(register(ended, SUBMITTED_ON)).thenNothingHappens();
    }

    @Test
    void registering_like_a_returned_application_is_a_new_application() {
        applications.given(REGISTERED, rendered(DecisionOutcome.RETURNED, List.of(), List.of()))
                .when(register(READY, SUBMITTED_ON))
                .then(new ApplicationRegistered(OFFER + "-2", OFFER, ApplicantLocation.INSIDE_CANADA, SUBMITTED_ON));
    }

    @Test
    void registering_the_same_application_again_is_unknown_to_a_caller_who_may_not_see_the_offer() {
        applications.given(REGISTERED).when(register(OfferStanding.unknown(OFFER), SUBMITTED_ON))
                .thenRejectedWith(new ApplicationError.OfferUnknown(OFFER));
    }

    @Test
    void refused_offer_number_is_never_reused() {
        applications.given(REGISTERED, REFUSED)
                .when(register(READY, TODAY))
                .thenRejectedWith(new ApplicationError.OfferInvalidated(OFFER, FIRST, DecisionOutcome.REFUSED, DECIDED_ON));
    }

    @Test
    void an_offer_offer_service_reports_invalidated_is_never_reused() {
        var ended = new OfferStanding(OFFER, EMPLOYER, true, OFFER_SUBMITTED_ON, true, false,
                new OfferStanding.Invalidation("A7654321-1", DecisionOutcome.APPROVED, DECIDED_ON));

        applications.given().when(register(ended, TODAY))
                .thenRejectedWith(new ApplicationError.OfferInvalidated(OFFER, "A7654321-1", DecisionOutcome.APPROVED, DECIDED_ON));
    }

    @Test
    void a_returned_application_leaves_the_offer_usable_for_the_next() {
        applications.given(REGISTERED, rendered(DecisionOutcome.RETURNED, List.of(), List.of()))
                .when(register(READY, TODAY))
                .then(new ApplicationRegistered(OFFER + "-2", OFFER, ApplicantLocation.INSIDE_CANADA, TODAY));
    }

    @Test
    void not_before_offer_submission_an_application_is_not_submitted_before_its_offer_was() {
        applications.given().when(register(READY, OFFER_SUBMITTED_ON.minusDays(1)))
                .thenRejectedWith(new ApplicationError.InvalidApplication("submittedOn", "not-before-offer-submission",
                        "an application made with offer " + OFFER + ", submitted on " + OFFER_SUBMITTED_ON
                                + ", cannot have been submitted on " + OFFER_SUBMITTED_ON.minusDays(1)));
    }

    @Test
    void not_before_offer_submission_an_application_may_be_submitted_the_day_its_offer_was() {
        applications.given().when(register(READY, OFFER_SUBMITTED_ON))
                .then(new ApplicationRegistered(FIRST, OFFER, ApplicantLocation.INSIDE_CANADA, OFFER_SUBMITTED_ON));
    }

    @Test
    void not_before_offer_submission_holds_no_application_to_a_day_this_service_never_kept() {
        var keptBeforeTheDay = new OfferStanding(OFFER, EMPLOYER, true, null, true, false, null);

        applications.given().when(register(keptBeforeTheDay, SUBMITTED_ON)).then(REGISTERED);
    }

    @Test
    void an_unknown_offer_cannot_serve_an_application() {
        applications.given().when(register(OfferStanding.unknown(OFFER), SUBMITTED_ON))
                .thenRejectedWith(new ApplicationError.OfferUnknown(OFFER));
    }

    @Test
    void an_offer_unknown_to_the_caller_stays_unknown_even_when_a_decision_ended_it() {
        applications.given(REGISTERED, REFUSED).when(register(OfferStanding.unknown(OFFER), TODAY))
                .thenRejectedWith(new ApplicationError.OfferUnknown(OFFER));
    }

    @Test
    void an_offer_awaiting_its_fee_cannot_serve_an_application() {
        applications.given().when(register(new OfferStanding(OFFER, EMPLOYER, true, OFFER_SUBMITTED_ON, false, false, null), SUBMITTED_ON))
                .thenRejectedWith(new ApplicationError.OfferAwaitingFee(OFFER));
    }

    @Test
    void a_withdrawn_offer_cannot_serve_an_application() {
        applications.given().when(register(new OfferStanding(OFFER, EMPLOYER, true, OFFER_SUBMITTED_ON, true, true, null), SUBMITTED_ON))
                .thenRejectedWith(new ApplicationError.OfferWithdrawn(OFFER));
    }

    // decisions

    @Test
    void a_refusal_is_rendered_with_its_grounds_factors_and_the_applicants_location() {
        applications.given(REGISTERED)
                .when(decide(DecisionOutcome.REFUSED, List.of(RefusalGround.NOT_TEMPORARY), List.of(NotTemporaryFactor.TRAVEL_HISTORY)))
                .then(REFUSED);
    }

    @Test
    void an_application_awaits_its_decision_then_reads_as_the_decisions_outcome() {
        var registered = applications.given().when(register(READY, SUBMITTED_ON)).stateAfter();
        var returned = applications.given(REGISTERED).when(decide(DecisionOutcome.RETURNED)).stateAfter();

        assertEquals(ApplicationStatus.AWAITING_DECISION, registered.application(FIRST).orElseThrow().status());
        assertEquals(ApplicationStatus.RETURNED, returned.application(FIRST).orElseThrow().status());
    }

    @Test
    void a_decision_on_the_merits_says_it_invalidates_the_offer() {
        applications.given(REGISTERED)
                .when(decide(DecisionOutcome.APPROVED))
                .then(approval(PERMIT_ENDS));
    }

    @Test
    void an_approval_records_the_permits_validity_end() {
        var approved = applications.given(REGISTERED).when(approve(PERMIT_ENDS)).then(approval(PERMIT_ENDS)).stateAfter();

        assertEquals(PERMIT_ENDS, approved.application(FIRST).orElseThrow().decision().permitValidUntil());
    }

    @Test
    void an_approval_without_the_permits_validity_end_is_refused() {
        applications.given(REGISTERED)
                .when(approve(null))
                .thenRejectedWith(new ApplicationError.InvalidDecision("permitExpiresOn", "approval-needs-permit-validity-end",
                        "an approval records the last day the work permit is valid, from which its expiry and extension are planned"));
    }

    @Test
    void only_an_approval_has_a_permits_validity_end() {
        for (DecisionOutcome outcome : List.of(DecisionOutcome.REFUSED, DecisionOutcome.WITHDRAWN, DecisionOutcome.RETURNED)) {
            applications.given(REGISTERED)
                    .when(new RenderDecision(OFFER, FIRST, outcome, DECIDED_ON, DECIDED_ON,
                            outcome == DecisionOutcome.REFUSED ? List.of(RefusalGround.INSUFFICIENT_FUNDS) : List.of(),
                            List.of(), false, null, PERMIT_ENDS, TODAY))
                    .thenRejectedWith(ApplicationError.InvalidDecision.class, e -> {
                        assertEquals("permitExpiresOn", e.field());
                        assertEquals("permit-validity-only-on-approval", e.rule());
                    });
        }
    }

    @Test
    void a_permit_ends_after_the_day_it_was_approved_and_at_most_five_years_after_it() {
        for (LocalDate inside : List.of(DECIDED_ON.plusDays(1), LocalDate.parse("2031-06-16"))) {
            applications.given(REGISTERED).when(approve(inside)).then(approval(inside));
        }
        for (LocalDate outside : List.of(DECIDED_ON, DECIDED_ON.minusDays(1), LocalDate.parse("2031-06-17"))) {
            applications.given(REGISTERED)
                    .when(approve(outside))
                    .thenRejectedWith(ApplicationError.InvalidDecision.class, e -> {
                        assertEquals("permitExpiresOn", e.field());
                        assertEquals("in-span-range", e.rule());
                        assertTrue(e.detail().contains("must be between 2026-06-17 and 2031-06-16"), e.detail());
                    });
        }
    }

    @Test
    void a_returned_application_says_it_leaves_the_offer_valid() {
        applications.given(REGISTERED)
                .when(decide(DecisionOutcome.RETURNED))
                .then(new DecisionRendered(FIRST, OFFER, DecisionOutcome.RETURNED, DECIDED_ON, DECIDED_ON,
                        ApplicantLocation.INSIDE_CANADA, List.of(), false));
    }

    @Test
    void an_outcome_the_invalidation_policy_does_not_list_leaves_the_offer_valid_for_the_next_application() {
        var refusalsOnly = DeciderSpec.of(new ApplicationDecider(new InvalidationPolicy(Set.of(DecisionOutcome.REFUSED))));
        var withdrawn = new DecisionRendered(FIRST, OFFER, DecisionOutcome.WITHDRAWN, DECIDED_ON, DECIDED_ON,
                ApplicantLocation.INSIDE_CANADA, List.of(), false);

        refusalsOnly.given(REGISTERED).when(decide(DecisionOutcome.WITHDRAWN)).then(withdrawn);
        refusalsOnly.given(REGISTERED, withdrawn).when(register(READY, TODAY))
                .then(new ApplicationRegistered(OFFER + "-2", OFFER, ApplicantLocation.INSIDE_CANADA, TODAY));
    }

    @Test
    void a_refusal_records_that_the_officer_s_notes_came_with_the_letter_and_where_the_matter_arose() {
        applications.given(REGISTERED)
                .when(new RenderDecision(OFFER, FIRST, DecisionOutcome.REFUSED, DECIDED_ON, DECIDED_ON,
                        List.of(RefusalGround.INSUFFICIENT_FUNDS), List.of(), true, ApplicantLocation.OUTSIDE_CANADA, null, TODAY))
                .then(new DecisionRendered(FIRST, OFFER, DecisionOutcome.REFUSED, DECIDED_ON, DECIDED_ON,
                        ApplicantLocation.INSIDE_CANADA, List.of("INSUFFICIENT_FUNDS"), List.of(), true, true,
                        ApplicantLocation.OUTSIDE_CANADA));
    }

    @Test
    void a_decision_that_does_not_say_so_came_without_notes_and_arose_where_the_applicant_was() {
        applications.given(REGISTERED)
                .when(decide(DecisionOutcome.REFUSED, List.of(RefusalGround.NOT_TEMPORARY), List.of(NotTemporaryFactor.TRAVEL_HISTORY)))
                .then(REFUSED);
        assertEquals(false, REFUSED.notesIncluded());
        assertEquals(null, REFUSED.matterArose());
    }

    @Test
    void a_ground_or_factor_given_twice_counts_once() {
        applications.given(REGISTERED)
                .when(decide(DecisionOutcome.REFUSED, List.of(RefusalGround.NOT_TEMPORARY, RefusalGround.NOT_TEMPORARY),
                        List.of(NotTemporaryFactor.TRAVEL_HISTORY, NotTemporaryFactor.TRAVEL_HISTORY)))
                .then(REFUSED);
    }

    @Test
    void a_refusal_needs_at_least_one_ground() {
        applications.given(REGISTERED)
                .when(decide(DecisionOutcome.REFUSED))
                .thenRejectedWith(ApplicationError.InvalidDecision.class, e -> assertEquals("refusal-needs-grounds", e.rule()));
    }

    @Test
    void an_approval_carries_no_grounds() {
        applications.given(REGISTERED)
                .when(decide(DecisionOutcome.APPROVED, List.of(RefusalGround.INSUFFICIENT_FUNDS), List.of()))
                .thenRejectedWith(ApplicationError.InvalidDecision.class, e -> assertEquals("grounds-only-on-refusal", e.rule()));
    }

    @Test
    void a_not_temporary_refusal_names_the_factors_weighed() {
        applications.given(REGISTERED)
                .when(decide(DecisionOutcome.REFUSED, List.of(RefusalGround.NOT_TEMPORARY), List.of()))
                .thenRejectedWith(ApplicationError.InvalidDecision.class, e -> assertEquals("not-temporary-needs-factors", e.rule()));
    }

    @Test
    void factors_belong_to_a_not_temporary_ground_only() {
        applications.given(REGISTERED)
                .when(decide(DecisionOutcome.REFUSED, List.of(RefusalGround.INSUFFICIENT_FUNDS), List.of(NotTemporaryFactor.TRAVEL_HISTORY)))
                .thenRejectedWith(ApplicationError.InvalidDecision.class, e -> assertEquals("factors", e.field()));
    }

    @Test
    void a_decision_is_not_communicated_before_it_is_made() {
        applications.given(REGISTERED)
                .when(new RenderDecision(OFFER, FIRST, DecisionOutcome.APPROVED, DECIDED_ON, DECIDED_ON.minusDays(1), List.of(),
                        List.of(), false, null, PERMIT_ENDS, TODAY))
                .thenRejectedWith(ApplicationError.InvalidDecision.class, e -> assertEquals("communicatedOn", e.field()));
    }

    @Test
    void a_decision_is_not_dated_in_the_future() {
        applications.given(REGISTERED)
                .when(new RenderDecision(OFFER, FIRST, DecisionOutcome.APPROVED, TODAY.plusDays(1), TODAY.plusDays(1), List.of(),
                        List.of(), false, null, PERMIT_ENDS, TODAY))
                .thenRejectedWith(ApplicationError.InvalidDecision.class, e -> assertEquals("decidedOn", e.field()));
    }

    @Test
    void a_decision_is_not_communicated_in_the_future() {
        applications.given(REGISTERED)
                .when(new RenderDecision(OFFER, FIRST, DecisionOutcome.APPROVED, DECIDED_ON, TODAY.plusDays(1), List.of(),
                        List.of(), false, null, PERMIT_ENDS, TODAY))
                .thenRejectedWith(ApplicationError.InvalidDecision.class, e -> assertEquals("not-in-future", e.rule()));
    }

    @Test
    void a_decision_is_not_dated_before_the_application() {
        applications.given(REGISTERED)
                .when(new RenderDecision(OFFER, FIRST, DecisionOutcome.APPROVED, SUBMITTED_ON.minusDays(1),
                        SUBMITTED_ON.minusDays(1), List.of(), List.of(), false, null, PERMIT_ENDS, TODAY))
                .thenRejectedWith(ApplicationError.InvalidDecision.class, e -> assertEquals("not-before-submission", e.rule()));
    }

    @Test
    void repeating_the_identical_decision_changes_nothing() {
        applications.given(REGISTERED, REFUSED)
                .when(decide(DecisionOutcome.REFUSED, List.of(RefusalGround.NOT_TEMPORARY), List.of(NotTemporaryFactor.TRAVEL_HISTORY)))
                .thenNothingHappens();
    }

    @Test
    void an_application_is_decided_once() {
        applications.given(REGISTERED, REFUSED)
                .when(decide(DecisionOutcome.APPROVED))
                .thenRejectedWith(new ApplicationError.DecisionAlreadyRendered(REFUSED));
    }

    @Test
    void a_decision_needs_an_application() {
        applications.given()
                .when(decide(DecisionOutcome.APPROVED))
                .thenRejectedWith(new ApplicationError.ApplicationNotFound(FIRST));
    }

    // GCMS notes requests

    @Test
    void an_access_to_information_request_is_recorded_with_its_fee_and_who_asked() {
        applications.given(REGISTERED, REFUSED)
                .when(atip(AtipAct.ACCESS_TO_INFORMATION, RequesterRole.APPLICANT, true, false))
                .then(requested(AtipAct.ACCESS_TO_INFORMATION, RequesterRole.APPLICANT, false, ATIP_FEE));
    }

    @Test
    void the_privacy_act_serves_only_an_applicant_in_canada() {
        applications.given(REGISTERED)
                .when(atip(AtipAct.PRIVACY, RequesterRole.APPLICANT, true, false))
                .then(requested(AtipAct.PRIVACY, RequesterRole.APPLICANT, false, BigDecimal.ZERO));
        applications.given(REGISTERED_ABROAD)
                .when(atip(AtipAct.PRIVACY, RequesterRole.REPRESENTATIVE, true, true))
                .thenRejectedWith(ApplicationError.InvalidGcmsRequest.class, e -> assertEquals("privacy-act-only-in-canada", e.rule()));
    }

    @Test
    void an_applicant_outside_canada_needs_a_requester_in_canada_with_signed_consent() {
        applications.given(REGISTERED_ABROAD)
                .when(atip(AtipAct.ACCESS_TO_INFORMATION, RequesterRole.APPLICANT, true, false))
                .thenRejectedWith(ApplicationError.InvalidGcmsRequest.class, e -> assertEquals("requester.role", e.field()));
        applications.given(REGISTERED_ABROAD)
                .when(atip(AtipAct.ACCESS_TO_INFORMATION, RequesterRole.REPRESENTATIVE, true, false))
                .thenRejectedWith(ApplicationError.InvalidGcmsRequest.class, e -> assertEquals("consent-required", e.rule()));
        applications.given(REGISTERED_ABROAD)
                .when(atip(AtipAct.ACCESS_TO_INFORMATION, RequesterRole.REPRESENTATIVE, true, true))
                .then(requested(AtipAct.ACCESS_TO_INFORMATION, RequesterRole.REPRESENTATIVE, true, ATIP_FEE));
    }

    @Test
    void the_requester_must_be_in_canada() {
        applications.given(REGISTERED)
                .when(atip(AtipAct.ACCESS_TO_INFORMATION, RequesterRole.REPRESENTATIVE, false, true))
                .thenRejectedWith(ApplicationError.InvalidGcmsRequest.class, e -> assertEquals("requester.inCanada", e.field()));
    }

    @Test
    void one_request_under_each_act_waits_at_a_time() {
        var first = requested(AtipAct.ACCESS_TO_INFORMATION, RequesterRole.APPLICANT, false, ATIP_FEE);

        applications.given(REGISTERED, first)
                .when(atip(AtipAct.ACCESS_TO_INFORMATION, RequesterRole.APPLICANT, true, false))
                .thenRejectedWith(new ApplicationError.GcmsRequestOpen(FIRST + "-G1", "ACCESS_TO_INFORMATION"));
        applications.given(REGISTERED, first)
                .when(atip(AtipAct.PRIVACY, RequesterRole.APPLICANT, true, false))
                .then(new GcmsNotesRequested(FIRST + "-G2", FIRST, OFFER, "PRIVACY", TODAY, "APPLICANT", true, false,
                        BigDecimal.ZERO, "CAD"));
    }

    @Test
    void a_request_is_not_filed_in_the_future_nor_before_the_application() {
        applications.given(REGISTERED)
                .when(new RequestGcmsNotes(OFFER, FIRST, AtipAct.ACCESS_TO_INFORMATION, TODAY.plusDays(1), RequesterRole.APPLICANT,
                        true, false, ATIP_FEE, "CAD", TODAY))
                .thenRejectedWith(ApplicationError.InvalidGcmsRequest.class, e -> assertEquals("not-in-future", e.rule()));
        applications.given(REGISTERED)
                .when(new RequestGcmsNotes(OFFER, FIRST, AtipAct.ACCESS_TO_INFORMATION, SUBMITTED_ON.minusDays(1),
                        RequesterRole.APPLICANT, true, false, ATIP_FEE, "CAD", TODAY))
                .thenRejectedWith(ApplicationError.InvalidGcmsRequest.class, e -> assertEquals("not-before-submission", e.rule()));
    }

    @Test
    void the_notes_arriving_close_the_request_once() {
        var first = requested(AtipAct.ACCESS_TO_INFORMATION, RequesterRole.APPLICANT, false, ATIP_FEE);
        var received = new GcmsNotesReceived(FIRST + "-G1", FIRST, OFFER, TODAY);

        applications.given(REGISTERED, first)
                .when(new RecordGcmsNotesReceived(OFFER, FIRST, FIRST + "-G1", TODAY, TODAY))
                .then(received);
        applications.given(REGISTERED, first, received)
                .when(new RecordGcmsNotesReceived(OFFER, FIRST, FIRST + "-G1", TODAY, TODAY))
                .thenNothingHappens();
        applications.given(REGISTERED, first, received)
                .when(new RecordGcmsNotesReceived(OFFER, FIRST, FIRST + "-G1", TODAY.minusDays(1), TODAY))
                .thenRejectedWith(new ApplicationError.GcmsNotesAlreadyReceived(FIRST + "-G1", TODAY));
    }

    @Test
    void notes_cannot_arrive_before_their_request_nor_in_the_future() {
        var first = requested(AtipAct.ACCESS_TO_INFORMATION, RequesterRole.APPLICANT, false, ATIP_FEE);

        applications.given(REGISTERED, first)
                .when(new RecordGcmsNotesReceived(OFFER, FIRST, FIRST + "-G1", TODAY.minusDays(1), TODAY))
                .thenRejectedWith(ApplicationError.InvalidGcmsRequest.class, e -> assertEquals("not-before-request", e.rule()));
        applications.given(REGISTERED, first)
                .when(new RecordGcmsNotesReceived(OFFER, FIRST, FIRST + "-G1", TODAY.plusDays(1), TODAY))
                .thenRejectedWith(ApplicationError.InvalidGcmsRequest.class, e -> assertEquals("not-in-future", e.rule()));
    }

    @Test
    void notes_need_a_request_and_a_request_needs_an_application() {
        applications.given(REGISTERED)
                .when(new RecordGcmsNotesReceived(OFFER, FIRST, FIRST + "-G9", TODAY, TODAY))
                .thenRejectedWith(new ApplicationError.GcmsRequestNotFound(FIRST + "-G9"));
        applications.given()
                .when(atip(AtipAct.ACCESS_TO_INFORMATION, RequesterRole.APPLICANT, true, false))
                .thenRejectedWith(new ApplicationError.ApplicationNotFound(FIRST));
    }
}
