package ca.imp.eventstore.idempotency;

import java.util.Optional;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.store.Transaction;

/** The Idempotency-Keys clients sent with their commands, per scope, in the kernel's {@code idempotency_keys}. */
@Singleton
public class IdempotencyKeys {

    /** Another request claimed the key first: the caller reads that claim and replays or refuses. */
    static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super(null, null, false, false);
        }
    }

    /**
     * A key as used before.
     *
     * @param resource the id of what the command created; null for a change
     * @param location the address of what it created; null for a change
     */
    public record Claim(String operation, String fingerprint, String resource, String location) {
    }

    private final Pool pool;

    public IdempotencyKeys(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<Claim>> find(String scope, String key) {
        return pool.preparedQuery("SELECT operation, fingerprint, resource, location FROM idempotency_keys WHERE scope = $1 AND key = $2")
                .execute(Tuple.of(scope, key))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(claim(rows.iterator().next())) : Optional.empty());
    }

    /**
     * Claims the key for what a command creates, inside the transaction that creates it. A concurrent
     * claim of the same key waits for this transaction; if this one commits, the other fails with
     * {@link KeyTaken} and its creation rolls back.
     */
    public Uni<Void> claim(Transaction tx, IdempotencyKey key, String resource, String location) {
        return tx.preparedQuery("INSERT INTO idempotency_keys (scope, key, operation, fingerprint, resource, location)"
                        + " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (scope, key) DO NOTHING")
                .execute(Tuple.from(new Object[] {key.scope(), key.key(), key.operation(), key.fingerprint(), resource, location}))
                .chain(result -> result.rowCount() == 1 ? Uni.createFrom().voidItem() : Uni.createFrom().failure(new KeyTaken()));
    }

    /** Records the key of a change once it has succeeded; a concurrent request that recorded it first keeps its record. */
    public Uni<Void> record(IdempotencyKey key) {
        return pool.preparedQuery("INSERT INTO idempotency_keys (scope, key, operation, fingerprint) VALUES ($1, $2, $3, $4)"
                        + " ON CONFLICT (scope, key) DO NOTHING")
                .execute(Tuple.of(key.scope(), key.key(), key.operation(), key.fingerprint()))
                .replaceWithVoid();
    }

    private static Claim claim(Row row) {
        return new Claim(row.getString("operation"), row.getString("fingerprint"), row.getString("resource"), row.getString("location"));
    }
}
