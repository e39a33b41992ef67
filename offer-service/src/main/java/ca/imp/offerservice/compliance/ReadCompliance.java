package ca.imp.offerservice.compliance;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.offerservice.offer.Offers;

/** Where an offer's compliance obligations stand today, for its employer and for those who read records across employers. */
@Singleton
public class ReadCompliance {
    private final Offers offers;
    private final OfferCompliance compliance;
    private final Today today;

    ReadCompliance(Offers offers, OfferCompliance compliance, Today today) {
        this.offers = offers;
        this.compliance = compliance;
        this.today = today;
    }

    public Uni<Checklist> read(Caller caller, String offerNumber) {
        return offers.get(offerNumber, caller::readsRecordsOf)
                .chain(() -> compliance.load(offerNumber))
                .map(offer -> Checklist.of(offer, compliance.policy(), today.date()));
    }
}
