package ca.imp.offerservice.reconciliation;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.store.EventStore;

/** Operators list the facts of every offer whose events changed after a position of offer-service's log, a page at a time. */
@Singleton
public class ListOfferFacts {
    private final EventStore store;
    private final ReadOfferFacts readFacts;

    ListOfferFacts(EventStore store, ReadOfferFacts readFacts) {
        this.store = store;
        this.readFacts = readFacts;
    }

    public Uni<OfferFacts.Listed> list(long since, int page, int size) {
        return store.streamsChangedAfter(since, OfferNumberFormat.REGEX, size, (long) page * size)
                .chain(changed -> Multi.createFrom().iterable(changed.streamIds())
                        .onItem().transformToUniAndConcatenate(readFacts::read)
                        .collect().asList()
                        .map(items -> new OfferFacts.Listed(new Page<>(items, page, size, changed.total()), changed.head())));
    }
}
