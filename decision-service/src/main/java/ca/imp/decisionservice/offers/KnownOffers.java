package ca.imp.decisionservice.offers;

import java.time.LocalDate;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.eventstore.store.Transaction;

/**
 * decision-service's own view of offers, kept from offer-service's events so that registering an
 * application never calls offer-service. Every write only sets a fact, never clears one, so a late
 * or repeated event leaves the view right.
 */
@Singleton
public class KnownOffers {
    private final Pool pool;

    KnownOffers(Pool pool) {
        this.pool = pool;
    }

    /**
     * @param employer    the business number of the employer who submitted it
     * @param submittedOn the day offer-service recorded the submission, in the product's time zone
     *                    (an offer's employer and submission never change: the first are kept)
     */
    public Uni<Void> submitted(Transaction tx, String offerNumber, String employer, LocalDate submittedOn) {
        return tx.preparedQuery("INSERT INTO known_offers (offer_number, employer, submitted, submitted_on)"
                        + " VALUES ($1, $2, true, $3)"
                        + " ON CONFLICT (offer_number) DO UPDATE SET submitted = true,"
                        + " employer = coalesce(known_offers.employer, excluded.employer),"
                        + " submitted_on = coalesce(known_offers.submitted_on, excluded.submitted_on)")
                .execute(Tuple.of(offerNumber, employer, submittedOn)).replaceWithVoid();
    }

    public Uni<Void> feeSettled(Transaction tx, String offerNumber) {
        return set(tx, offerNumber, "fee_settled");
    }

    public Uni<Void> withdrawn(Transaction tx, String offerNumber) {
        return set(tx, offerNumber, "withdrawn");
    }

    /** The first decision reported to have ended the number is kept. */
    public Uni<Void> invalidated(Transaction tx, OfferInvalidated event) {
        return tx.preparedQuery("INSERT INTO known_offers (offer_number, invalidated_by, invalidated_outcome, invalidated_on)"
                        + " VALUES ($1, $2, $3, $4) ON CONFLICT (offer_number) DO UPDATE SET"
                        + " invalidated_by = coalesce(known_offers.invalidated_by, excluded.invalidated_by),"
                        + " invalidated_outcome = coalesce(known_offers.invalidated_outcome, excluded.invalidated_outcome),"
                        + " invalidated_on = coalesce(known_offers.invalidated_on, excluded.invalidated_on)")
                .execute(Tuple.of(event.offerNumber(), event.applicationId(), event.outcome().name(), event.decisionDate()))
                .replaceWithVoid();
    }

    public Uni<OfferStanding> standing(String offerNumber) {
        return pool.preparedQuery("SELECT * FROM known_offers WHERE offer_number = $1").execute(Tuple.of(offerNumber))
                .map(rows -> rows.size() == 0 ? OfferStanding.unknown(offerNumber) : toStanding(rows.iterator().next()));
    }

    private static Uni<Void> set(Transaction tx, String offerNumber, String fact) {
        return tx.preparedQuery("INSERT INTO known_offers (offer_number, " + fact + ") VALUES ($1, true)"
                        + " ON CONFLICT (offer_number) DO UPDATE SET " + fact + " = true")
                .execute(Tuple.of(offerNumber)).replaceWithVoid();
    }

    private static OfferStanding toStanding(Row row) {
        String invalidatedBy = row.getString("invalidated_by");
        return new OfferStanding(row.getString("offer_number"), row.getString("employer"), row.getBoolean("submitted"),
                row.getLocalDate("submitted_on"), row.getBoolean("fee_settled"), row.getBoolean("withdrawn"),
                invalidatedBy == null ? null : new OfferStanding.Invalidation(invalidatedBy,
                        DecisionOutcome.valueOf(row.getString("invalidated_outcome")), row.getLocalDate("invalidated_on")));
    }
}
