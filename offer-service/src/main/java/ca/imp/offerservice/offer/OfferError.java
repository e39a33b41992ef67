package ca.imp.offerservice.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferStatus;
import ca.imp.contract.offer.OfferWithdrawn;
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

    /**
     * Once a decision is rendered on the application that used it, or the employer withdrew it, an
     * offer number is dead forever. Exactly one of the two causes is set.
     */
    record OfferNoLongerValid(OfferInvalidated invalidation, OfferWithdrawn withdrawal)
            implements OfferError, DomainError.Conflict {
        public String rule() {
            return "offer-invalidated";
        }

        public String offerNumber() {
            return invalidation != null ? invalidation.offerNumber() : withdrawal.offerNumber();
        }

        public String detail() {
            String cause = invalidation != null
                    ? "a decision (" + invalidation.outcome() + " on " + invalidation.decisionDate()
                            + ") was rendered on application " + invalidation.applicationId()
                    : "the employer withdrew it on " + withdrawal.withdrawnOn();
            return "Offer " + offerNumber() + " is no longer valid: " + cause + ". An offer number cannot be reused or "
                    + "reactivated; submit a new offer, with a new fee, to try again.";
        }

        @Override
        public Map<String, Object> facts() {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("offerNumber", offerNumber());
            if (invalidation != null) {
                facts.put("invalidatedBy", Map.of(
                        "applicationId", invalidation.applicationId(),
                        "outcome", invalidation.outcome(),
                        "decidedOn", invalidation.decisionDate().toString()));
            } else {
                facts.put("withdrawnOn", withdrawal.withdrawnOn().toString());
            }
            return facts;
        }
    }

    /** Every draw hit an issued number: the space of offer numbers is nearly used up. */
    record OfferNumbersExhausted() implements OfferError, DomainError.Unavailable {
        public String rule() {
            return "offer-numbers-exhausted";
        }

        public String detail() {
            return "No free offer number could be drawn; the number space is nearly used up. Try again later, and tell support"
                    + " if this persists.";
        }
    }

    /** An offer is submitted only for an employer the one submitting acts for. */
    record NotActingForEmployer(String businessNumber) implements OfferError, DomainError.NotPermitted {
        public String rule() {
            return "not-acting-for-employer";
        }

        public String detail() {
            return "Your token does not act for the employer with business number " + businessNumber
                    + "; an offer is submitted only for an employer the token names.";
        }

        @Override
        public String field() {
            return "employer.businessNumber";
        }
    }

    /** The exemption code must be one in force on the start date of the job. */
    record UnknownExemptionCode(String exemptionCode, LocalDate startDate) implements OfferError, DomainError.Invalid {
        public String rule() {
            return "unknown-exemption-code";
        }

        public String detail() {
            return "'" + exemptionCode + "' is not an LMIA exemption code in force on the start date " + startDate;
        }

        @Override
        public String field() {
            return "exemptionCode";
        }
    }

    /** A country must be an ISO 3166 country. */
    record UnknownCountry(String field, String code) implements OfferError, DomainError.Invalid {
        public String rule() {
            return "unknown-country";
        }

        public String detail() {
            return "'" + code + "' is not an ISO 3166 country code";
        }
    }

    /** The day a payment, withdrawal or refund happened cannot be after today. */
    record DayInFuture(String field, LocalDate today) implements OfferError, DomainError.Invalid {
        public String rule() {
            return "not-in-future";
        }

        public String detail() {
            return "'" + field + "' cannot be after today (" + today + ")";
        }
    }

    /** Terms that contradict themselves; names the field at fault. */
    record InvalidTerms(String field, String rule, String detail) implements OfferError, DomainError.Unprocessable {
    }

    record StillValid(String offerNumber, OfferStatus status) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "only-invalidated-offers-resubmit";
        }

        public String detail() {
            return "Offer " + offerNumber + " is still valid (" + status.name().toLowerCase().replace('_', ' ')
                    + "); only an offer that a decision or a withdrawal ended is resubmitted.";
        }
    }

    /** A resubmission tries the same hire again, so it is for the same employer; another employer submits its own offer. */
    record ResubmittedForAnotherEmployer(String offerNumber, String businessNumber)
            implements OfferError, DomainError.Unprocessable {
        public String rule() {
            return "resubmission-keeps-employer";
        }

        public String detail() {
            return "Offer " + offerNumber + " is an offer of employer " + businessNumber + "; its resubmission cannot name another"
                    + " employer. Submit a new offer for that employer instead.";
        }

        @Override
        public String field() {
            return "employer.businessNumber";
        }
    }

    record AlreadyResubmitted(String offerNumber, String resubmittedAs) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "already-resubmitted";
        }

        public String detail() {
            return "Offer " + offerNumber + " was already resubmitted as " + resubmittedAs + "; resubmit that one if it ends too.";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("resubmittedAs", resubmittedAs);
        }
    }

    record NoRefundOwed(String offerNumber, Offer.FeeStatus feeStatus) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "no-refund-owed";
        }

        public String detail() {
            return "No refund of the compliance fee is owed for offer " + offerNumber + " (its fee is "
                    + feeStatus.name().toLowerCase().replace('_', ' ') + ").";
        }
    }

    record RefundAlreadyRecorded(String offerNumber, LocalDate refundedOn) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "refund-already-recorded";
        }

        public String detail() {
            return "The refund of the compliance fee for offer " + offerNumber + " was already recorded on " + refundedOn + ".";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("refundedOn", refundedOn.toString());
        }
    }

    /** Another payment than the one recorded: repeating the recorded one changes nothing and is no error. */
    record FeeAlreadyPaid(String offerNumber, BigDecimal amount, String currency, LocalDate paidOn)
            implements OfferError, DomainError.Conflict {
        public String rule() {
            return "fee-already-paid";
        }

        public String detail() {
            return "The compliance fee for offer " + offerNumber + " has already been paid (" + currency + " "
                    + amount.toPlainString() + " on " + paidOn + "); it is paid once per offer.";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("paid", Map.of("amount", amount, "currency", currency), "paidOn", paidOn.toString());
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

    /** Only an approved offer has a worker who can start work under it. */
    record NotApproved(String offerNumber, OfferStatus status) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "offer-not-approved";
        }

        public String detail() {
            return "Offer " + offerNumber + " is " + status + ", not APPROVED: a first day of employment is recorded only"
                    + " once a work permit was approved with it.";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("offerStatus", status.name());
        }
    }

    record EmploymentStartAlreadyRecorded(String offerNumber, LocalDate startedOn) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "employment-start-already-recorded";
        }

        public String detail() {
            return "The first day of employment on offer " + offerNumber + " was already recorded: " + startedOn + ".";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("startedOn", startedOn.toString());
        }
    }

    /** No one works under a permit before it is approved. */
    record StartBeforeApproval(LocalDate startedOn, LocalDate approvedOn) implements OfferError, DomainError.Unprocessable {
        public String rule() {
            return "not-before-approval";
        }

        @Override
        public String field() {
            return "startedOn";
        }

        public String detail() {
            return "'startedOn' (" + startedOn + ") cannot be before the approval of the work permit (" + approvedOn + ").";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("approvedOn", approvedOn.toString());
        }
    }
}
