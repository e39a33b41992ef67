package ca.imp.offerservice.offer;

import ca.imp.contract.offer.OfferStatus;

/** What one offer number's stream folds to: no offer yet, or the offer. */
public sealed interface OfferState permits OfferState.NoOffer, Offer {

    OfferState NONE = new NoOffer();

    OfferStatus status();

    /** No offer has this number (yet). */
    record NoOffer() implements OfferState {
        @Override
        public OfferStatus status() {
            return OfferStatus.UNKNOWN;
        }
    }
}
