package ca.imp.offerservice.offer;

/** What one offer number's stream folds to: no offer yet, or the offer. */
public sealed interface OfferState permits OfferState.NoOffer, Offer {

    OfferState NONE = new NoOffer();

    Offer.Status status();

    /** No offer has this number (yet). */
    record NoOffer() implements OfferState {
        @Override
        public Offer.Status status() {
            return Offer.Status.NONE;
        }
    }
}
