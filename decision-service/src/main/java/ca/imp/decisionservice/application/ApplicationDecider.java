package ca.imp.decisionservice.application;

import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.DecisionEvent;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.decision.InvalidationPolicy;
import ca.imp.decisionservice.application.ApplicationCommand.RegisterApplication;
import ca.imp.decisionservice.application.ApplicationCommand.RenderDecision;
import ca.imp.eventstore.decider.Decider;
import ca.imp.eventstore.decider.Decision;

/** The rules of work permit applications made with one offer, and of the decisions on them. */
public final class ApplicationDecider implements Decider<ApplicationCommand, OfferApplications, DecisionEvent> {
    private final InvalidationPolicy invalidation;

    public ApplicationDecider(InvalidationPolicy invalidation) {
        this.invalidation = invalidation;
    }

    @Override
    public OfferApplications initialState() {
        return OfferApplications.NONE;
    }

    @Override
    public Decision<DecisionEvent> decide(ApplicationCommand command, OfferApplications offer) {
        if (command instanceof RegisterApplication register) {
            return register(register, offer);
        }
        return render((RenderDecision) command, offer);
    }

    private Decision<DecisionEvent> register(RegisterApplication c, OfferApplications offer) {
        var closing = offer.closingDecision(invalidation);
        if (closing.isPresent()) {
            return Decision.reject(new ApplicationError.OfferInvalidated(closing.get()));
        }
        var open = offer.open();
        if (open.isPresent()) {
            return Decision.reject(new ApplicationError.OfferInUse(c.offerNumber(), open.get().registration().applicationId()));
        }
        return Decision.accept(new ApplicationRegistered(offer.nextApplicationId(c.offerNumber()), c.offerNumber(),
                c.applicantLocation(), c.submittedOn()));
    }

    private Decision<DecisionEvent> render(RenderDecision c, OfferApplications offer) {
        var application = offer.application(c.applicationId()).orElse(null);
        if (application == null) {
            return Decision.reject(new ApplicationError.ApplicationNotFound(c.applicationId()));
        }
        var registration = application.registration();
        var decided = new DecisionRendered(c.applicationId(), c.offerNumber(), c.outcome(), c.decisionDate(),
                c.communicatedDate(), registration.applicantLocation(), c.grounds().stream().map(Enum::name).toList());
        if (!application.open()) {
            return application.decision().equals(decided)
                    ? Decision.alreadyDone()
                    : Decision.reject(new ApplicationError.DecisionAlreadyRendered(application.decision()));
        }
        if (c.decisionDate().isAfter(c.today())) {
            return invalid("decisionDate", "not-in-future", "the decision date " + c.decisionDate() + " is in the future");
        }
        if (c.decisionDate().isBefore(registration.submittedOn())) {
            return invalid("decisionDate", "not-before-submission", "the decision date " + c.decisionDate()
                    + " is before the application was submitted on " + registration.submittedOn());
        }
        if (c.communicatedDate().isBefore(c.decisionDate())) {
            return invalid("communicatedDate", "not-before-decision", "a decision cannot be communicated ("
                    + c.communicatedDate() + ") before it was made (" + c.decisionDate() + ")");
        }
        if (c.communicatedDate().isAfter(c.today())) {
            return invalid("communicatedDate", "not-in-future", "the communicated date " + c.communicatedDate() + " is in the future");
        }
        if (c.outcome() == DecisionOutcome.REFUSED && c.grounds().isEmpty()) {
            return invalid("grounds", "refusal-needs-grounds", "a refusal must give at least one ground");
        }
        if (c.outcome() != DecisionOutcome.REFUSED && !c.grounds().isEmpty()) {
            return invalid("grounds", "grounds-only-on-refusal", "only a refusal has grounds; this decision is " + c.outcome());
        }
        return Decision.accept(decided);
    }

    private static Decision<DecisionEvent> invalid(String field, String rule, String detail) {
        return Decision.reject(new ApplicationError.InvalidDecision(field, rule, detail));
    }

    @Override
    public OfferApplications evolve(OfferApplications offer, DecisionEvent event) {
        if (event instanceof ApplicationRegistered registered) {
            return offer.registered(registered);
        }
        if (event instanceof DecisionRendered decided) {
            return offer.decided(decided);
        }
        // GCMS notes requests do not change what an offer's applications may do
        return offer;
    }
}
