package ca.imp.eventstore.runtime;

import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Refuses to start on a log whose events carry transaction ids the server has not reached yet: a logical dump restored
 * into another cluster. The log is read below the server's oldest running transaction id and an append must not sort
 * before what it sees, so on such a log every reader would wait and every append would be refused until the server's
 * counter passed the restored ids. Said at start, by name, rather than as a service that silently does nothing.
 */
@Singleton
public class TransactionIdsAhead {
    private static final Duration CHECK = Duration.ofSeconds(30);

    void check(@Observes @Priority(1) StartupEvent startup, Pool pool) {
        requireReached(pool);
    }

    /** Fails, naming the ids and the way out, when the log's transaction ids are ahead of the server's. */
    public static void requireReached(Pool pool) {
        var row = pool.query("SELECT coalesce(max(tx_id), '0')::text AS restored,"
                        + " pg_snapshot_xmax(pg_current_snapshot())::text AS next FROM events")
                .execute().await().atMost(CHECK).iterator().next();
        if (Long.parseLong(row.getString("restored")) >= Long.parseLong(row.getString("next"))) {
            throw new IllegalStateException("the event log holds transaction ids up to " + row.getString("restored")
                    + " but this PostgreSQL server is at " + row.getString("next") + ": it was restored from another"
                    + " server's logical dump. Advance this server's transaction ids past it (docs/architecture.md,"
                    + " \"Restoring the event log\") before starting the service.");
        }
    }
}
