package ca.imp.decisionservice.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.DecisionEvent;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.RefusalGround;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.decision.InvalidationPolicy;
import ca.imp.decidertesting.DeciderSpec;
import ca.imp.decisionservice.application.ApplicationCommand.RegisterApplication;
import ca.imp.decisionservice.application.ApplicationCommand.RenderDecision;

class ApplicationDeciderTest {
    private static final String OFFER = "A7654321";
    private static final String FIRST = OFFER + "-1";
    private static final LocalDate SUBMITTED_ON = LocalDate.parse("2026-05-01");
    private static final LocalDate DECIDED_ON = LocalDate.parse("2026-06-16");
    private static final LocalDate TODAY = LocalDate.parse("2026-06-20");

    private final DeciderSpec<ApplicationCommand, OfferApplications, DecisionEvent> applications = DeciderSpec.of(
            new ApplicationDecider(new InvalidationPolicy(Set.of(DecisionOutcome.APPROVED, DecisionOutcome.REFUSED,
                    DecisionOutcome.WITHDRAWN))));

    private static final ApplicationRegistered REGISTERED =
            new ApplicationRegistered(FIRST, OFFER, ApplicantLocation.INSIDE_CANADA, SUBMITTED_ON);

    private static RenderDecision decide(DecisionOutcome outcome, List<RefusalGround> grounds) {
        return new RenderDecision(OFFER, FIRST, outcome, DECIDED_ON, DECIDED_ON, grounds, TODAY);
    }

    private static DecisionRendered rendered(DecisionOutcome outcome, List<String> grounds) {
        return new DecisionRendered(FIRST, OFFER, outcome, DECIDED_ON, DECIDED_ON, ApplicantLocation.INSIDE_CANADA, grounds);
    }

    private static final DecisionRendered REFUSED = rendered(DecisionOutcome.REFUSED, List.of("NOT_TEMPORARY"));

    @Test
    void an_application_is_registered_against_an_offer_number() {
        applications.given()
                .when(new RegisterApplication(OFFER, ApplicantLocation.INSIDE_CANADA, SUBMITTED_ON))
                .then(REGISTERED);
    }

    @Test
    void an_offer_serves_one_open_application_at_a_time() {
        applications.given(REGISTERED)
                .when(new RegisterApplication(OFFER, ApplicantLocation.OUTSIDE_CANADA, SUBMITTED_ON))
                .thenRejectedWith(new ApplicationError.OfferInUse(OFFER, FIRST));
    }

    @Test
    void refused_offer_number_is_never_reused() {
        applications.given(REGISTERED, REFUSED)
                .when(new RegisterApplication(OFFER, ApplicantLocation.INSIDE_CANADA, TODAY))
                .thenRejectedWith(new ApplicationError.OfferInvalidated(REFUSED));
    }

    @Test
    void a_returned_application_leaves_the_offer_usable_for_the_next() {
        applications.given(REGISTERED, rendered(DecisionOutcome.RETURNED, List.of()))
                .when(new RegisterApplication(OFFER, ApplicantLocation.INSIDE_CANADA, TODAY))
                .then(new ApplicationRegistered(OFFER + "-2", OFFER, ApplicantLocation.INSIDE_CANADA, TODAY));
    }

    @Test
    void a_refusal_with_grounds_is_rendered_with_the_applicants_location() {
        applications.given(REGISTERED)
                .when(decide(DecisionOutcome.REFUSED, List.of(RefusalGround.NOT_TEMPORARY)))
                .then(REFUSED);
    }

    @Test
    void a_refusal_needs_at_least_one_ground() {
        applications.given(REGISTERED)
                .when(decide(DecisionOutcome.REFUSED, List.of()))
                .thenRejectedWith(ApplicationError.InvalidDecision.class, e -> assertEquals("refusal-needs-grounds", e.rule()));
    }

    @Test
    void an_approval_carries_no_grounds() {
        applications.given(REGISTERED)
                .when(decide(DecisionOutcome.APPROVED, List.of(RefusalGround.INSUFFICIENT_FUNDS)))
                .thenRejectedWith(ApplicationError.InvalidDecision.class, e -> assertEquals("grounds-only-on-refusal", e.rule()));
    }

    @Test
    void a_decision_is_not_communicated_before_it_is_made() {
        applications.given(REGISTERED)
                .when(new RenderDecision(OFFER, FIRST, DecisionOutcome.APPROVED, DECIDED_ON, DECIDED_ON.minusDays(1), List.of(), TODAY))
                .thenRejectedWith(ApplicationError.InvalidDecision.class, e -> assertEquals("communicatedDate", e.field()));
    }

    @Test
    void a_decision_is_not_dated_in_the_future() {
        applications.given(REGISTERED)
                .when(new RenderDecision(OFFER, FIRST, DecisionOutcome.APPROVED, TODAY.plusDays(1), TODAY.plusDays(1), List.of(), TODAY))
                .thenRejectedWith(ApplicationError.InvalidDecision.class, e -> assertEquals("decisionDate", e.field()));
    }

    @Test
    void a_decision_is_not_dated_before_the_application() {
        applications.given(REGISTERED)
                .when(new RenderDecision(OFFER, FIRST, DecisionOutcome.APPROVED, SUBMITTED_ON.minusDays(1),
                        SUBMITTED_ON.minusDays(1), List.of(), TODAY))
                .thenRejectedWith(ApplicationError.InvalidDecision.class, e -> assertEquals("not-before-submission", e.rule()));
    }

    @Test
    void repeating_the_identical_decision_changes_nothing() {
        applications.given(REGISTERED, REFUSED)
                .when(decide(DecisionOutcome.REFUSED, List.of(RefusalGround.NOT_TEMPORARY)))
                .thenNothingHappens();
    }

    @Test
    void an_application_is_decided_once() {
        applications.given(REGISTERED, REFUSED)
                .when(decide(DecisionOutcome.APPROVED, List.of()))
                .thenRejectedWith(new ApplicationError.DecisionAlreadyRendered(REFUSED));
    }

    @Test
    void a_decision_needs_an_application() {
        applications.given()
                .when(decide(DecisionOutcome.APPROVED, List.of()))
                .thenRejectedWith(new ApplicationError.ApplicationNotFound(FIRST));
    }
}
