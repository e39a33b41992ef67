package ca.imp.offerservice.worker;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.contract.EventJson;

/**
 * The workers named in offers, one row per offer, outside the event log: erasing a worker deletes
 * a row and leaves every event as it was.
 */
@Singleton
public class WorkerRecords {
    private final Pool pool;

    WorkerRecords(Pool pool) {
        this.pool = pool;
    }

    void createTable(@Observes StartupEvent startup) {
        pool.query("CREATE TABLE IF NOT EXISTS worker_records (offer_number text PRIMARY KEY, data text NOT NULL)")
                .execute().await().atMost(Duration.ofSeconds(30));
    }

    /** Records the worker in the transaction that submits the offer, so neither exists without the other. */
    public Uni<Void> save(SqlConnection tx, String offerNumber, Worker worker) {
        try {
            return tx.preparedQuery("INSERT INTO worker_records (offer_number, data) VALUES ($1, $2)")
                    .execute(Tuple.of(offerNumber, EventJson.mapper().writeValueAsString(worker)))
                    .replaceWithVoid();
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
    }

    /** The worker of an offer; empty once erased. */
    public Uni<Optional<Worker>> find(String offerNumber) {
        return pool.preparedQuery("SELECT data FROM worker_records WHERE offer_number = $1").execute(Tuple.of(offerNumber))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Optional.empty();
                    }
                    try {
                        return Optional.of(EventJson.mapper().readValue(rows.iterator().next().getString("data"), Worker.class));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("unreadable worker record of offer " + offerNumber, e);
                    }
                });
    }
}
