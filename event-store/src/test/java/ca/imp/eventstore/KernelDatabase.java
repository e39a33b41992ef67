package ca.imp.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

import ca.imp.embedded.LocalStack;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.EventStoreSchema;

/** A fresh database on the shared real PostgreSQL for each test class, with the kernel's schema in it. */
final class KernelDatabase implements AutoCloseable {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final Vertx vertx = Vertx.vertx();
    final Pool pool;
    final EventStore store;

    KernelDatabase() {
        String name = "kernel_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        LocalStack stack = LocalStack.shared();
        stack.postgres().createDatabaseIfMissing(name);
        PgConnectOptions connect = PgConnectOptions.fromUri(stack.postgres().reactiveUrl(name))
                .setUser(stack.postgres().username()).setPassword(stack.postgres().password());
        pool = Pool.pool(vertx, connect, new PoolOptions().setMaxSize(12));
        EventStoreSchema.create(pool).await().atMost(Duration.ofSeconds(30));
        store = new EventStore(pool, Clock.systemUTC());
    }

    static String bootstrapServers() {
        return LocalStack.shared().kafka().bootstrapServers();
    }

    @Override
    public void close() {
        pool.closeAndAwait();
        vertx.closeAndAwait();
    }
}
