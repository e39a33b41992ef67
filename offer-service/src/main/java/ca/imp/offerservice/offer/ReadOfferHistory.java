package ca.imp.offerservice.offer;

import java.util.List;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.store.RecordedEvent;

/** Reads every event of an offer, with who caused it and when: the record an inspection asks for. */
@Singleton
public class ReadOfferHistory {
    private final Offers offers;

    ReadOfferHistory(Offers offers) {
        this.offers = offers;
    }

    public Uni<List<RecordedEvent>> read(Caller caller, String offerNumber) {
        return offers.get(offerNumber, caller::readsRecordsOf).chain(() -> offers.history(offerNumber));
    }
}
