package ca.imp.decisionservice.application;

import java.time.LocalDate;

import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.AtipAct;
import ca.imp.contract.decision.DecisionEvent;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.decision.GcmsNotesReceived;
import ca.imp.contract.decision.GcmsNotesRequested;
import ca.imp.contract.decision.RefusalGround;
import ca.imp.contract.decision.RequesterRole;
import ca.imp.contract.offer.OfferStatus;
import ca.imp.contract.range.SpanRange;
import ca.imp.decisionservice.application.ApplicationCommand.RecordGcmsNotesReceived;
import ca.imp.decisionservice.application.ApplicationCommand.RegisterApplication;
import ca.imp.decisionservice.application.ApplicationCommand.RenderDecision;
import ca.imp.decisionservice.application.ApplicationCommand.RequestGcmsNotes;
import ca.imp.decisionservice.application.OfferApplications.Application;
import ca.imp.eventstore.decider.Decider;
import ca.imp.eventstore.decider.Decision;
import ca.imp.eventstore.decider.Dispatch;

/** The rules of work permit applications made with one offer, of the decisions on them, and of requests for GCMS notes. */
public final class ApplicationDecider implements Decider<ApplicationCommand, OfferApplications, DecisionEvent> {
    private final InvalidationPolicy invalidation;
    private final Dispatch<ApplicationCommand, OfferApplications, Decision<DecisionEvent>> decisions;
    private final Dispatch<DecisionEvent, OfferApplications, OfferApplications> transitions;

    /** @param invalidation which outcomes end the offer number: this service decides it, and its decisions say so */
    public ApplicationDecider(InvalidationPolicy invalidation) {
        this.invalidation = invalidation;
        this.decisions = Dispatch.<ApplicationCommand, OfferApplications, Decision<DecisionEvent>>over(ApplicationCommand.class)
                .on(RegisterApplication.class, this::register)
                .on(RenderDecision.class, this::render)
                .on(RequestGcmsNotes.class, this::requestNotes)
                .on(RecordGcmsNotesReceived.class, this::notesReceived)
                .build();
        this.transitions = Dispatch.<DecisionEvent, OfferApplications, OfferApplications>over(DecisionEvent.class)
                .on(ApplicationRegistered.class, (registered, offer) -> offer.registered(registered))
                .on(DecisionRendered.class, (decided, offer) -> offer.decided(decided))
                .on(GcmsNotesRequested.class, (requested, offer) -> offer.requested(requested))
                .on(GcmsNotesReceived.class, (received, offer) -> offer.received(received))
                .build();
    }

    Dispatch<ApplicationCommand, OfferApplications, Decision<DecisionEvent>> decisions() {
        return decisions;
    }

    Dispatch<DecisionEvent, OfferApplications, OfferApplications> transitions() {
        return transitions;
    }

    @Override
    public OfferApplications initialState() {
        return OfferApplications.NONE;
    }

    @Override
    public Decision<DecisionEvent> decide(ApplicationCommand command, OfferApplications offer) {
        return decisions.apply(command, offer);
    }

    /**
     * An offer serves an application only if it exists, is paid for or exempt, is not dead, and serves no other;
     * and an application is made with an offer number, so not before the offer was submitted (its decision,
     * never before the application, is then not before the offer either).
     */
    private Decision<DecisionEvent> register(RegisterApplication c, OfferApplications offer) {
        // Checked first: an offer the caller may not see is unknown, and its decisions must not show through.
        if (c.offer().status() == OfferStatus.UNKNOWN) {
            return Decision.reject(new ApplicationError.OfferUnknown(c.offerNumber()));
        }
        if (offer.holding().filter(held -> sameRegistration(held.registration(), c)).isPresent()) {
            return Decision.alreadyDone();
        }
        var closing = offer.closingDecision();
        if (closing.isPresent()) {
            return Decision.reject(ApplicationError.OfferInvalidated.by(closing.get()));
        }
        // By the facts, not the status: WITHDRAWN reads alike for the employer's withdrawal and an applicant's.
        var ended = c.offer().invalidation();
        if (ended != null) {
            return Decision.reject(new ApplicationError.OfferInvalidated(c.offerNumber(), ended.applicationId(),
                    ended.outcome(), ended.decisionDate()));
        }
        if (c.offer().withdrawn()) {
            return Decision.reject(new ApplicationError.OfferWithdrawn(c.offerNumber()));
        }
        if (c.offer().status() == OfferStatus.AWAITING_FEE) {
            return Decision.reject(new ApplicationError.OfferAwaitingFee(c.offerNumber()));
        }
        // READY: usable, unless another application holds it
        LocalDate offerSubmittedOn = c.offer().submittedOn();
        if (offerSubmittedOn != null && c.submittedOn().isBefore(offerSubmittedOn)) {
            return Decision.reject(new ApplicationError.InvalidApplication("submittedOn", "not-before-offer-submission",
                    "an application made with offer " + c.offerNumber() + ", submitted on " + offerSubmittedOn
                            + ", cannot have been submitted on " + c.submittedOn()));
        }
        var open = offer.open();
        if (open.isPresent()) {
            return Decision.reject(new ApplicationError.OfferInUse(c.offerNumber(), open.get().registration().applicationId()));
        }
        return Decision.accept(new ApplicationRegistered(offer.nextApplicationId(c.offerNumber()), c.offerNumber(),
                c.applicantLocation(), c.submittedOn()));
    }

    /**
     * The same registration: made from the same place on the same day as the application that holds the offer. It is
     * a retry (the client has no id of its own to send), answered with that application as it now stands.
     */
    private static boolean sameRegistration(ApplicationRegistered registered, RegisterApplication c) {
        return registered.applicantLocation() == c.applicantLocation() && registered.submittedOn().equals(c.submittedOn());
    }

    private Decision<DecisionEvent> render(RenderDecision c, OfferApplications offer) {
        var application = offer.application(c.applicationId()).orElse(null);
        if (application == null) {
            return Decision.reject(new ApplicationError.ApplicationNotFound(c.applicationId()));
        }
        var registration = application.registration();
        var decided = new DecisionRendered(c.applicationId(), c.offerNumber(), c.outcome(), c.decisionDate(),
                c.communicatedDate(), registration.applicantLocation(), c.grounds().stream().map(Enum::name).toList(),
                c.factors().stream().map(Enum::name).toList(), invalidation.invalidates(c.outcome()), c.notesIncluded(),
                c.matterArose(), c.permitExpiresOn());
        if (!application.open()) {
            return application.decision().equals(decided)
                    ? Decision.alreadyDone()
                    : Decision.reject(new ApplicationError.DecisionAlreadyRendered(application.decision()));
        }
        if (c.decisionDate().isAfter(c.today())) {
            return invalid("decidedOn", "not-in-future", "the decision date " + c.decisionDate() + " is in the future");
        }
        if (c.decisionDate().isBefore(registration.submittedOn())) {
            return invalid("decidedOn", "not-before-submission", "the decision date " + c.decisionDate()
                    + " is before the application was submitted on " + registration.submittedOn());
        }
        if (c.communicatedDate().isBefore(c.decisionDate())) {
            return invalid("communicatedOn", "not-before-decision", "a decision cannot be communicated ("
                    + c.communicatedDate() + ") before it was made (" + c.decisionDate() + ")");
        }
        if (c.communicatedDate().isAfter(c.today())) {
            return invalid("communicatedOn", "not-in-future", "the communicated date " + c.communicatedDate() + " is in the future");
        }
        if (c.outcome() == DecisionOutcome.REFUSED && c.grounds().isEmpty()) {
            return invalid("grounds", "refusal-needs-grounds", "a refusal must give at least one ground");
        }
        if (c.outcome() != DecisionOutcome.REFUSED && !c.grounds().isEmpty()) {
            return invalid("grounds", "grounds-only-on-refusal", "only a refusal has grounds; this decision is " + c.outcome());
        }
        boolean notTemporary = c.grounds().contains(RefusalGround.NOT_TEMPORARY);
        if (notTemporary && c.factors().isEmpty()) {
            return invalid("factors", "not-temporary-needs-factors",
                    "a NOT_TEMPORARY refusal names the factors the officer weighed, e.g. TRAVEL_HISTORY");
        }
        if (!notTemporary && !c.factors().isEmpty()) {
            return invalid("factors", "factors-only-with-not-temporary", "factors belong to a NOT_TEMPORARY ground only");
        }
        boolean approved = c.outcome() == DecisionOutcome.APPROVED;
        if (approved && c.permitExpiresOn() == null) {
            return invalid("permitExpiresOn", "approval-needs-permit-validity-end",
                    "an approval records the last day the work permit is valid, from which its expiry and extension are planned");
        }
        if (!approved && c.permitExpiresOn() != null) {
            return invalid("permitExpiresOn", "permit-validity-only-on-approval",
                    "only an approval grants a permit; this decision is " + c.outcome());
        }
        if (!SpanRange.PERMIT_VALIDITY.contains(c.permitExpiresOn(), c.decisionDate())) {
            return invalid("permitExpiresOn", SpanRange.RULE, "the permit's last day of validity "
                    + SpanRange.PERMIT_VALIDITY.requirement(c.decisionDate()) + ", after the decision date ("
                    + c.decisionDate() + ") and no later than the longest an employer-specific permit is planned for");
        }
        return Decision.accept(decided);
    }

    /**
     * Who may ask for GCMS notes, and under which act (domain.md): the requester must be in Canada;
     * an applicant outside Canada needs someone in Canada to ask with signed consent; the Privacy
     * Act serves only an applicant in Canada. One open request per act.
     */
    private Decision<DecisionEvent> requestNotes(RequestGcmsNotes c, OfferApplications offer) {
        Application application = offer.application(c.applicationId()).orElse(null);
        if (application == null) {
            return Decision.reject(new ApplicationError.ApplicationNotFound(c.applicationId()));
        }
        var registration = application.registration();
        boolean applicantInCanada = registration.applicantLocation() == ApplicantLocation.INSIDE_CANADA;
        if (c.filedOn().isAfter(c.today())) {
            return invalidRequest("filedOn", "not-in-future", "a request cannot be filed on " + c.filedOn() + ", after today");
        }
        if (c.filedOn().isBefore(registration.submittedOn())) {
            return invalidRequest("filedOn", "not-before-submission", "a request for the notes of an application submitted on "
                    + registration.submittedOn() + " cannot be filed on " + c.filedOn());
        }
        if (!c.requesterInCanada()) {
            return invalidRequest("requester.inCanada", "requester-must-be-in-canada",
                    "only a person in Canada can make an access request; an applicant abroad needs someone in Canada to ask");
        }
        if (c.requesterRole() == RequesterRole.APPLICANT && !applicantInCanada) {
            return invalidRequest("requester.role", "applicant-abroad-needs-a-requester-in-canada",
                    "the applicant was outside Canada: a requester in Canada must file, with the applicant's signed consent"
                            + " (IMM 5744)");
        }
        if (c.requesterRole() == RequesterRole.REPRESENTATIVE && !c.consentOnFile()) {
            return invalidRequest("consentOnFile", "consent-required",
                    "a request for someone else's notes needs their signed consent (IMM 5744) on file");
        }
        if (c.act() == AtipAct.PRIVACY && !applicantInCanada) {
            return invalidRequest("act", "privacy-act-only-in-canada",
                    "the Privacy Act serves only people in Canada; this applicant was outside Canada: use ACCESS_TO_INFORMATION");
        }
        var open = application.gcmsRequests().stream()
                .filter(r -> r.received() == null && r.request().act().equals(c.act().name())).findFirst();
        if (open.isPresent()) {
            return Decision.reject(new ApplicationError.GcmsRequestOpen(open.get().request().requestId(), c.act().name()));
        }
        String requestId = c.applicationId() + "-G" + (application.gcmsRequests().size() + 1);
        return Decision.accept(new GcmsNotesRequested(requestId, c.applicationId(), c.offerNumber(), c.act().name(),
                c.filedOn(), c.requesterRole().name(), c.requesterInCanada(), c.consentOnFile(), c.fee(), c.currency()));
    }

    private Decision<DecisionEvent> notesReceived(RecordGcmsNotesReceived c, OfferApplications offer) {
        Application application = offer.application(c.applicationId()).orElse(null);
        if (application == null) {
            return Decision.reject(new ApplicationError.ApplicationNotFound(c.applicationId()));
        }
        var request = application.gcmsRequest(c.requestId()).orElse(null);
        if (request == null) {
            return Decision.reject(new ApplicationError.GcmsRequestNotFound(c.requestId()));
        }
        if (request.received() != null) {
            return request.received().receivedOn().equals(c.receivedOn())
                    ? Decision.alreadyDone()
                    : Decision.reject(new ApplicationError.GcmsNotesAlreadyReceived(c.requestId(), request.received().receivedOn()));
        }
        if (c.receivedOn().isAfter(c.today())) {
            return invalidRequest("receivedOn", "not-in-future", "the notes cannot have arrived on " + c.receivedOn()
                    + ", after today");
        }
        if (c.receivedOn().isBefore(request.request().filedOn())) {
            return invalidRequest("receivedOn", "not-before-request", "the notes cannot have arrived on " + c.receivedOn()
                    + ", before the request was filed on " + request.request().filedOn());
        }
        return Decision.accept(new GcmsNotesReceived(c.requestId(), c.applicationId(), c.offerNumber(), c.receivedOn()));
    }

    private static Decision<DecisionEvent> invalid(String field, String rule, String detail) {
        return Decision.reject(new ApplicationError.InvalidDecision(field, rule, detail));
    }

    private static Decision<DecisionEvent> invalidRequest(String field, String rule, String detail) {
        return Decision.reject(new ApplicationError.InvalidGcmsRequest(field, rule, detail));
    }

    @Override
    public OfferApplications evolve(OfferApplications offer, DecisionEvent event) {
        return transitions.apply(event, offer);
    }
}
