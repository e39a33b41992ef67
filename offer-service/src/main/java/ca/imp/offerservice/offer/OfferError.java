package ca.imp.offerservice.offer;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.eventstore.decider.DomainError;

/** The rules an offer command can break. */
public sealed interface OfferError extends DomainError {

    record OfferNotFound(String offerNumber) implements OfferError, DomainError.NotFound {
        public String rule() {
            return "offer-not-found";
        }

        public String detail() {
            return "No offer has the number " + offerNumber + ".";
        }
    }

    /** Offer numbers are drawn at random; a draw that hits an existing number is drawn again, never reused. */
    record OfferNumberTaken(String offerNumber) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "offer-number-taken";
        }

        public String detail() {
            return "The offer number " + offerNumber + " has already been issued and is never issued twice.";
        }
    }

    /** Once a decision is rendered on the application that used it, an offer number is dead forever. */
    record OfferNoLongerValid(OfferInvalidated invalidation) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "offer-invalidated";
        }

        public String detail() {
            return "Offer " + invalidation.offerNumber() + " is no longer valid: a decision (" + invalidation.outcome()
                    + " on " + invalidation.decisionDate() + ") was rendered on application " + invalidation.applicationId()
                    + ". An offer number cannot be reused or reactivated; submit a new offer, with a new fee, to try again.";
        }

        @Override
        public Map<String, Object> facts() {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("offerNumber", invalidation.offerNumber());
            facts.put("invalidatedBy", Map.of(
                    "applicationId", invalidation.applicationId(),
                    "outcome", invalidation.outcome(),
                    "decisionDate", invalidation.decisionDate().toString()));
            facts.put("resubmit", "/offers");
            return facts;
        }
    }

    /** Terms that contradict themselves; names the field at fault. */
    record InvalidTerms(String field, String rule, String detail) implements OfferError, DomainError.Unprocessable {
    }

    record FeeAlreadyPaid(String offerNumber) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "fee-already-paid";
        }

        public String detail() {
            return "The compliance fee for offer " + offerNumber + " has already been paid; it is paid once per offer.";
        }
    }

    record FeeNotDue(String offerNumber, String exemptionCode) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "fee-exempt";
        }

        public String detail() {
            return "Offer " + offerNumber + " is exempt from the compliance fee under exemption code " + exemptionCode
                    + "; no payment is due.";
        }
    }

    record WrongFeeAmount(BigDecimal due, String currency, BigDecimal offered, String offeredCurrency)
            implements OfferError, DomainError.Unprocessable {
        public String rule() {
            return "fee-amount";
        }

        public String detail() {
            return "The compliance fee for this offer is " + currency + " " + due.toPlainString() + "; a payment of "
                    + offeredCurrency + " " + offered.toPlainString() + " cannot be recorded.";
        }

        @Override
        public String field() {
            return "amount";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("feeDue", due, "currency", currency);
        }
    }
}
