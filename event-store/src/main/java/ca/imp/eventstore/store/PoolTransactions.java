package ca.imp.eventstore.store;

import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Transactions on the service's PostgreSQL pool, the one its event store appends to. A transaction whose append
 * is refused as out of order runs again in a new one ({@link AppendOutOfOrder}).
 */
public final class PoolTransactions implements Transactions {
    private final Pool pool;

    public PoolTransactions(Pool pool) {
        this.pool = pool;
    }

    @Override
    public <T> Uni<T> inTransaction(Function<Transaction, Uni<T>> work) {
        return AppendOutOfOrder.retried(() -> pool.withTransaction(connection -> work.apply(Transaction.of(connection))));
    }
}
