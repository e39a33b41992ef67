package ca.imp.decisionservice.application;

import java.util.Map;

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
    record OfferInvalidated(DecisionRendered decision) implements ApplicationError, DomainError.Conflict {
        public String rule() {
            return "offer-invalidated";
        }

        public String detail() {
            return "Offer " + decision.offerNumber() + " can no longer be used: a decision (" + decision.outcome() + " on "
                    + decision.decisionDate() + ") was rendered on application " + decision.applicationId()
                    + ". The employer must submit a new offer, with a new fee, for a new application.";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("offerNumber", decision.offerNumber(),
                    "invalidatedBy", Map.of("applicationId", decision.applicationId(), "outcome", decision.outcome(),
                            "decisionDate", decision.decisionDate().toString()));
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

    /** A decision that contradicts itself or the calendar; names the field at fault. */
    record InvalidDecision(String field, String rule, String detail)
            implements ApplicationError, DomainError.Unprocessable {
    }
}
