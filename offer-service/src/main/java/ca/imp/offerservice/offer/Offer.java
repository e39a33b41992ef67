package ca.imp.offerservice.offer;

import java.math.BigDecimal;
import java.time.LocalDate;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.FeeRefundOwed;
import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferTerms;
import ca.imp.contract.offer.OfferWithdrawn;

/**
 * An offer as its events made it.
 *
 * @param feeDue        the compliance fee owed; zero when the exemption code is fee-exempt
 * @param applicationId the application using the offer now, or null
 * @param invalidation  the decision that ended the offer, or null
 * @param withdrawal    the employer's withdrawal that ended the offer, or null
 * @param refundOwed    the refund owed since the offer ended, or null
 * @param replaces      the earlier attempt this offer resubmits, or null
 * @param resubmittedAs the later attempt that resubmits this offer, or null
 */
public record Offer(String offerNumber, OfferTerms terms, BigDecimal feeDue, String currency, LocalDate feePaidOn,
                    String applicationId, OfferInvalidated invalidation, OfferWithdrawn withdrawal, FeeRefundOwed refundOwed,
                    LocalDate refundedOn, String replaces, String resubmittedAs) {

    /** Where an offer stands, in words an employer uses. */
    public enum Status {
        /** No offer has this number. */
        NONE,
        /** Submitted; the compliance fee is still to be paid. */
        AWAITING_FEE,
        /** Fee paid or exempt: a worker can apply with this number. */
        READY,
        /** A work permit application uses the number and has no decision yet. */
        IN_USE,
        /** A decision was rendered, or the employer withdrew the offer: the number is dead forever. */
        INVALIDATED
    }

    /** Where the compliance fee stands. */
    public enum FeeStatus {
        DUE, PAID, EXEMPT, REFUND_OWED, REFUNDED,
        /** Paid, and the permit was approved: the fee is not coming back. */
        SPENT
    }

    public static final Offer NONE = new Offer(null, null, null, null, null, null, null, null, null, null, null, null);

    /** Derived from the facts rather than kept, so it cannot drift from them. */
    public Status status() {
        if (offerNumber == null) {
            return Status.NONE;
        }
        if (ended()) {
            return Status.INVALIDATED;
        }
        if (applicationId != null) {
            return Status.IN_USE;
        }
        return feeExempt() || feePaidOn != null ? Status.READY : Status.AWAITING_FEE;
    }

    public boolean feeExempt() {
        return feeDue != null && feeDue.signum() == 0;
    }

    public boolean ended() {
        return invalidation != null || withdrawal != null;
    }

    public FeeStatus feeStatus() {
        if (feeExempt()) {
            return FeeStatus.EXEMPT;
        }
        if (feePaidOn == null) {
            return FeeStatus.DUE;
        }
        if (refundedOn != null) {
            return FeeStatus.REFUNDED;
        }
        if (refundOwed != null) {
            return FeeStatus.REFUND_OWED;
        }
        return invalidation != null && invalidation.outcome() == DecisionOutcome.APPROVED
                ? FeeStatus.SPENT
                : FeeStatus.PAID;
    }

    Offer paidOn(LocalDate date) {
        return new Offer(offerNumber, terms, feeDue, currency, date, applicationId,
                invalidation, withdrawal, refundOwed, refundedOn, replaces, resubmittedAs);
    }

    Offer usedBy(String application) {
        return new Offer(offerNumber, terms, feeDue, currency, feePaidOn, application, invalidation, withdrawal, refundOwed,
                refundedOn, replaces, resubmittedAs);
    }

    Offer invalidatedBy(OfferInvalidated event) {
        return new Offer(offerNumber, terms, feeDue, currency, feePaidOn, applicationId,
                event, withdrawal, refundOwed, refundedOn, replaces, resubmittedAs);
    }

    Offer withdrawnBy(OfferWithdrawn event) {
        return new Offer(offerNumber, terms, feeDue, currency, feePaidOn, applicationId,
                invalidation, event, refundOwed, refundedOn, replaces, resubmittedAs);
    }

    Offer owing(FeeRefundOwed event) {
        return new Offer(offerNumber, terms, feeDue, currency, feePaidOn, applicationId,
                invalidation, withdrawal, event, refundedOn, replaces, resubmittedAs);
    }

    Offer resubmittedAs(String successor) {
        return new Offer(offerNumber, terms, feeDue, currency, feePaidOn, applicationId, invalidation, withdrawal, refundOwed,
                refundedOn, replaces, successor);
    }

    Offer refundedOn(LocalDate date) {
        return new Offer(offerNumber, terms, feeDue, currency, feePaidOn, applicationId,
                invalidation, withdrawal, refundOwed, date, replaces, resubmittedAs);
    }
}
