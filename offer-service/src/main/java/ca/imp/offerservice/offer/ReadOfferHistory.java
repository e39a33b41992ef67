package ca.imp.offerservice.offer;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.store.RecordedEvent;

/** Reads every event of an offer, with who caused it and when: the record an inspection asks for. */
@Singleton
public class ReadOfferHistory {
    private final Offers offers;

    ReadOfferHistory(Offers offers) {
        this.offers = offers;
    }

    public Uni<Page<RecordedEvent>> read(Caller caller, String offerNumber, int page, int size) {
        return offers.get(offerNumber, caller::readsRecordsOf).chain(() -> offers.history(offerNumber))
                .map(events -> Page.of(events, page, size));
    }
}
