package ca.imp.decisionservice.application;

import java.time.LocalDate;
import java.util.Map;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.eventstore.decider.DomainError;

/** The rules an application command can break. */
public sealed interface ApplicationError extends DomainError {

    record ApplicationNotFound(String applicationId) implements ApplicationError, DomainError.NotFound {
        public String rule() {
            return "application-not-found";
        }

        public String detail() {
            return "No work permit application has the id " + applicationId + ".";
        }
    }

    /** After a decision on the merits, the offer number is dead for every later application. */
    record OfferInvalidated(String offerNumber, String applicationId, DecisionOutcome outcome, LocalDate decisionDate)
            implements ApplicationError, DomainError.Conflict {
        static OfferInvalidated by(DecisionRendered decision) {
            return new OfferInvalidated(decision.offerNumber(), decision.applicationId(), decision.outcome(), decision.decisionDate());
        }

        public String rule() {
            return "offer-invalidated";
        }

        public String detail() {
            return "Offer " + offerNumber + " can no longer be used: a decision (" + outcome + " on " + decisionDate
                    + ") was rendered on application " + applicationId
                    + ". The employer must submit a new offer, with a new fee, for a new application.";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("offerNumber", offerNumber, "invalidatedBy", Map.of("applicationId", applicationId,
                    "outcome", outcome, "decidedOn", decisionDate.toString()));
        }
    }

    /** No OfferSubmitted for this number has reached this service, or the offer is not the caller's to see. */
    record OfferNotFound(String offerNumber) implements ApplicationError, DomainError.NotFound {
        public String rule() {
            return "offer-not-found";
        }

        public String detail() {
            return "No offer " + offerNumber + " is known. Check the number; an offer submitted moments ago is known here"
                    + " within a few seconds.";
        }
    }

    /** No OfferSubmitted for this number has reached this service: a typo, or an offer submitted seconds ago. */
    record OfferUnknown(String offerNumber) implements ApplicationError, DomainError.Unprocessable {
        public String field() {
            return "offerNumber";
        }

        public String rule() {
            return "offer-unknown";
        }

        public String detail() {
            return "No offer " + offerNumber + " is known. Check the number; an offer submitted moments ago is known here"
                    + " within a few seconds.";
        }
    }

    /** The fee is neither paid nor exempt (IRPR 303.1): the offer cannot serve an application yet. */
    record OfferAwaitingFee(String offerNumber) implements ApplicationError, DomainError.Conflict {
        public String rule() {
            return "offer-awaiting-fee";
        }

        public String detail() {
            return "Offer " + offerNumber + " cannot be used until the employer pays its compliance fee or an exemption applies.";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("offerNumber", offerNumber);
        }
    }

    /** The employer withdrew the offer: its number is dead, as after a decision. */
    record OfferWithdrawn(String offerNumber) implements ApplicationError, DomainError.Conflict {
        public String rule() {
            return "offer-withdrawn";
        }

        public String detail() {
            return "Offer " + offerNumber + " was withdrawn by the employer and can no longer be used; a new offer,"
                    + " with a new fee, is needed.";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("offerNumber", offerNumber);
        }
    }

    record OfferInUse(String offerNumber, String openApplicationId) implements ApplicationError, DomainError.Conflict {
        public String rule() {
            return "offer-in-use";
        }

        public String detail() {
            return "Offer " + offerNumber + " is already used by application " + openApplicationId
                    + ", which has no decision yet; an offer serves one application at a time.";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("offerNumber", offerNumber, "openApplicationId", openApplicationId);
        }
    }

    record DecisionAlreadyRendered(DecisionRendered decision) implements ApplicationError, DomainError.Conflict {
        public String rule() {
            return "decision-already-rendered";
        }

        public String detail() {
            return "Application " + decision.applicationId() + " already has a decision (" + decision.outcome() + " on "
                    + decision.decisionDate() + "); an application is decided once.";
        }
    }

    /** Guidance follows a decision; an open application has none yet. */
    record NoDecisionYet(String applicationId) implements ApplicationError, DomainError.Conflict {
        public String rule() {
            return "no-decision-yet";
        }

        public String detail() {
            return "Application " + applicationId + " has no decision yet; its next steps depend on the decision.";
        }
    }

    record GcmsRequestNotFound(String requestId) implements ApplicationError, DomainError.NotFound {
        public String rule() {
            return "gcms-request-not-found";
        }

        public String detail() {
            return "No GCMS notes request has the id " + requestId + ".";
        }
    }

    /** One request under each act at a time: a second would only delay the first. */
    record GcmsRequestOpen(String requestId, String act) implements ApplicationError, DomainError.Conflict {
        public String rule() {
            return "gcms-request-open";
        }

        public String detail() {
            return "Request " + requestId + " under the " + act + " act is still waiting for the notes.";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("openRequestId", requestId);
        }
    }

    record GcmsNotesAlreadyReceived(String requestId, LocalDate receivedOn) implements ApplicationError, DomainError.Conflict {
        public String rule() {
            return "gcms-notes-already-received";
        }

        public String detail() {
            return "The notes of request " + requestId + " were already recorded as received on " + receivedOn + ".";
        }
    }

    /** A request the law does not allow as described (wrong act, no requester in Canada, no consent); names the field. */
    record InvalidGcmsRequest(String field, String rule, String detail) implements ApplicationError, DomainError.Unprocessable {
    }

    /** An application that contradicts the calendar, e.g. submitted before its offer existed; names the field at fault. */
    record InvalidApplication(String field, String rule, String detail) implements ApplicationError, DomainError.Unprocessable {
    }

    /** A decision that contradicts itself or the calendar; names the field at fault. */
    record InvalidDecision(String field, String rule, String detail)
            implements ApplicationError, DomainError.Unprocessable {
    }
}
