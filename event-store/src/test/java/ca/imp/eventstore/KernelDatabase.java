package ca.imp.eventstore;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

import ca.imp.embedded.LocalStack;
import ca.imp.eventstore.store.CommittedAppends;
import ca.imp.eventstore.store.EventStore;

/** A fresh database on the shared real PostgreSQL for each test class, migrated to the kernel's schema as a service's is. */
final class KernelDatabase implements AutoCloseable {
    private static final String KERNEL_MIGRATIONS = "classpath:db/kernel";
    /** For the tests that do not look at traces. */
    static final Tracer UNTRACED = OpenTelemetry.noop().getTracer("kernel-tests");
    private static final AtomicInteger NEXT = new AtomicInteger();
    final Vertx vertx = Vertx.vertx();
    final PgConnectOptions connect;
    final Pool pool;
    final CommittedAppends committedAppends = new CommittedAppends();
    final EventStore store;

    KernelDatabase() {
        String name = "kernel_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        LocalStack stack = LocalStack.shared();
        stack.postgres().createDatabaseIfMissing(name);
        Flyway.configure().dataSource(stack.postgres().jdbcUrl(name), stack.postgres().username(), stack.postgres().password())
                .locations(KERNEL_MIGRATIONS).load().migrate();
        connect = PgConnectOptions.fromUri(stack.postgres().reactiveUrl(name))
                .setUser(stack.postgres().username()).setPassword(stack.postgres().password());
        pool = Pool.pool(vertx, connect, new PoolOptions().setMaxSize(12));
        store = new EventStore(pool, Clock.systemUTC(), committedAppends);
        // The first Mutiny call of the JVM sets up SmallRye's context propagation, which fails in one of two threads
        // that do it at once (a test thread and an event loop a wake-up runs on): done here, on one thread, first.
        pool.query("SELECT 1").execute().await().indefinitely();
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
