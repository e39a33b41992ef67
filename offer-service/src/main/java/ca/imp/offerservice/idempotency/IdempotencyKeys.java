package ca.imp.offerservice.idempotency;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The Idempotency-Key of each offer submission, with a fingerprint of its body and the offer it
 * created. A key is claimed in the transaction that creates the offer, so a retry that races the
 * first attempt finds the key taken and replays that offer instead of creating a second one.
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
    public record Claim(String key, String fingerprint, String offerNumber) {
    }

    private final Pool pool;

    IdempotencyKeys(Pool pool) {
        this.pool = pool;
    }

    void createTable(@Observes StartupEvent startup) {
        pool.query("CREATE TABLE IF NOT EXISTS idempotency_keys (key text PRIMARY KEY, fingerprint text NOT NULL,"
                        + " offer_number text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())")
                .execute().await().atMost(Duration.ofSeconds(30));
    }

    public Uni<Optional<Claim>> find(String key) {
        return pool.preparedQuery("SELECT fingerprint, offer_number FROM idempotency_keys WHERE key = $1").execute(Tuple.of(key))
                .map(rows -> rows.iterator().hasNext()
                        ? Optional.of(new Claim(key, rows.iterator().next().getString("fingerprint"),
                                rows.iterator().next().getString("offer_number")))
                        : Optional.empty());
    }

    /** Claims the key for the offer inside the creating transaction; fails with {@link KeyTaken} if another got it first. */
    public Uni<Void> claim(SqlConnection tx, String key, String fingerprint, String offerNumber) {
        return tx.preparedQuery("INSERT INTO idempotency_keys (key, fingerprint, offer_number) VALUES ($1, $2, $3)"
                        + " ON CONFLICT (key) DO NOTHING")
                .execute(Tuple.of(key, fingerprint, offerNumber))
                .chain(result -> result.rowCount() == 1
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new KeyTaken()));
    }
}
