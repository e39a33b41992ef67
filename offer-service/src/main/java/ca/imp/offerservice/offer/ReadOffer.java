package ca.imp.offerservice.offer;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;

/** Reads an offer and where it stands: its employer's callers with its personal data, the roles that read across employers without. */
@Singleton
public class ReadOffer {
    private final Offers offers;
    private final SeenOffers seen;

    ReadOffer(Offers offers, SeenOffers seen) {
        this.offers = offers;
        this.seen = seen;
    }

    public Uni<SeenOffer> read(Caller caller, String offerNumber) {
        return offers.get(offerNumber, caller::readsRecordsOf).chain(offer -> seen.by(caller, offer));
    }
}
