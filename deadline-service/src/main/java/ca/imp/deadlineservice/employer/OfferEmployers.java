package ca.imp.deadlineservice.employer;

import java.util.Optional;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.eventstore.store.Transaction;

/**
 * The employer of each offer, learnt from offer-service's events. An offer's employer never
 * changes (a resubmission is a new offer), so the first word is the last.
 */
@Singleton
public class OfferEmployers {
    private final Pool pool;

    OfferEmployers(Pool pool) {
        this.pool = pool;
    }

    /** In the transaction that marks the event consumed. */
    public Uni<Void> record(Transaction tx, OfferSubmitted submitted) {
        var employer = submitted.terms().employer();
        return tx.preparedQuery("INSERT INTO offer_employers (offer_number, business_number, legal_name) VALUES ($1, $2, $3)"
                        + " ON CONFLICT (offer_number) DO NOTHING")
                .execute(Tuple.of(submitted.offerNumber(), employer.businessNumber(), employer.legalName()))
                .replaceWithVoid();
    }

    /** The employer's legal name as one of its offers gave it, if any offer of it is known. */
    public Uni<Optional<String>> legalNameOf(String businessNumber) {
        return pool.preparedQuery("SELECT legal_name FROM offer_employers WHERE business_number = $1 LIMIT 1")
                .execute(Tuple.of(businessNumber))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString("legal_name")));
    }
}
