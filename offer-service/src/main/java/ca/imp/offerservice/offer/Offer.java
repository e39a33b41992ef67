package ca.imp.offerservice.offer;

import java.math.BigDecimal;
import java.time.LocalDate;

import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferTerms;

/**
 * An offer as its events made it.
 *
 * @param feeDue       the compliance fee owed; zero when the exemption code is fee-exempt
 * @param invalidation the event that ended it, or null while it lives
 */
public record Offer(Status status, String offerNumber, OfferTerms terms, BigDecimal feeDue, String currency,
                    LocalDate feePaidOn, OfferInvalidated invalidation) {

    /** Where an offer stands, in words an employer uses. */
    public enum Status {
        /** No offer has this number. */
        NONE,
        /** Submitted; the compliance fee is still to be paid. */
        AWAITING_FEE,
        /** Fee paid or exempt: a worker can apply with this number. */
        READY,
        /** A decision was rendered: the number is dead forever. */
        INVALIDATED
    }

    public static final Offer NONE = new Offer(Status.NONE, null, null, null, null, null, null);

    public boolean feeExempt() {
        return feeDue != null && feeDue.signum() == 0;
    }

    Offer paidOn(LocalDate date) {
        return new Offer(Status.READY, offerNumber, terms, feeDue, currency, date, invalidation);
    }

    Offer invalidatedBy(OfferInvalidated event) {
        return new Offer(Status.INVALIDATED, offerNumber, terms, feeDue, currency, feePaidOn, event);
    }
}
