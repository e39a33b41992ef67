package ca.imp.offerservice.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.contract.offer.OfferStatus;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.EventStore;
import ca.imp.offerservice.offer.Offer;
import ca.imp.offerservice.offer.Offers;

/**
 * Operators read what offer-service holds about an offer: where it stands as its events made it, and every
 * invalidation recorded, counted from the log itself so that a duplicate shows.
 */
@Singleton
public class ReadOfferFacts {
    private final Offers offers;
    private final EventStore store;

    ReadOfferFacts(Offers offers, EventStore store) {
        this.offers = offers;
        this.store = store;
    }

    public Uni<OfferFacts> read(String offerNumber) {
        // operators read across employers
        Uni<Optional<Offer>> offer = offers.get(offerNumber, employer -> true).map(Optional::of)
                .onFailure(DomainRejection.class).recoverWithItem(Optional.empty());
        return offer.chain(found -> invalidations(offerNumber).map(invalidations -> new OfferFacts(offerNumber,
                found.isPresent(), found.map(Offer::status).orElse(OfferStatus.UNKNOWN), found.map(Offer::feeStatus).orElse(null),
                found.flatMap(o -> o.use().withdrawal()).isPresent(), invalidations)));
    }

    private Uni<List<OfferFacts.Invalidation>> invalidations(String offerNumber) {
        return store.pool().preparedQuery("SELECT data->>'applicationId' AS application_id, data->>'outcome' AS outcome"
                        + " FROM events WHERE stream_id = $1 AND event_type = 'OfferInvalidated' ORDER BY global_position")
                .execute(Tuple.of(offerNumber))
                .map(rows -> {
                    List<OfferFacts.Invalidation> found = new ArrayList<>();
                    rows.forEach(row -> found.add(new OfferFacts.Invalidation(row.getString("application_id"),
                            row.getString("outcome"))));
                    return found;
                });
    }
}
