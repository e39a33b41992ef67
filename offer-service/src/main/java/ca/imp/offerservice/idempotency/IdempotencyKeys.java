package ca.imp.offerservice.idempotency;

import java.util.Optional;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.store.Transaction;

/**
 * The Idempotency-Key of each offer submission, per employer, with a fingerprint of its body and
 * the offer it created. Keys are scoped to the employer the offer is for, so two employers (or one
 * representative acting for both) never collide on a key. A key is claimed in the transaction that
 * creates the offer, so a retry that races the first attempt finds the key taken and replays that
 * offer instead of creating a second one.
 */
@Singleton
public class IdempotencyKeys {

    /** A submission already used the key: the caller replays it or refuses. */
    public static final class KeyTaken extends RuntimeException {
        public KeyTaken() {
            super(null, null, false, false);
        }
    }

    /** @param fingerprint a hash of the request body that created the offer */
    public record Claim(String businessNumber, String key, String fingerprint, String offerNumber) {
    }

    private final Pool pool;

    IdempotencyKeys(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<Claim>> find(String businessNumber, String key) {
        return pool.preparedQuery("SELECT fingerprint, offer_number FROM employer_idempotency_keys WHERE business_number = $1"
                        + " AND key = $2")
                .execute(Tuple.of(businessNumber, key))
                .map(rows -> rows.iterator().hasNext()
                        ? Optional.of(new Claim(businessNumber, key, rows.iterator().next().getString("fingerprint"),
                                rows.iterator().next().getString("offer_number")))
                        : Optional.empty());
    }

    /** Claims the employer's key for the offer inside the creating transaction; fails with {@link KeyTaken} if another got it first. */
    public Uni<Void> claim(Transaction tx, String businessNumber, String key, String fingerprint, String offerNumber) {
        return tx.preparedQuery("INSERT INTO employer_idempotency_keys (business_number, key, fingerprint, offer_number)"
                        + " VALUES ($1, $2, $3, $4) ON CONFLICT (business_number, key) DO NOTHING")
                .execute(Tuple.of(businessNumber, key, fingerprint, offerNumber))
                .chain(result -> result.rowCount() == 1
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new KeyTaken()));
    }
}
