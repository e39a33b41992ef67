package ca.imp.decisionservice.application;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.store.Transaction;

/**
 * Who filed each ATIP request, by name: personal data, so outside the event log. Erasing a
 * requester deletes a row and leaves every event as it was.
 */
@Singleton
public class GcmsRequesters {
    private final Pool pool;

    GcmsRequesters(Pool pool) {
        this.pool = pool;
    }

    Uni<Void> save(Transaction tx, String requestId, String name) {
        return tx.preparedQuery("INSERT INTO gcms_requesters (request_id, name) VALUES ($1, $2)")
                .execute(Tuple.of(requestId, name)).replaceWithVoid();
    }

    /** The requesters of an application's requests, by request id. */
    public Uni<Map<String, String>> ofApplication(String applicationId) {
        return pool.preparedQuery("SELECT request_id, name FROM gcms_requesters WHERE request_id LIKE $1")
                .execute(Tuple.of(applicationId + "-G%"))
                .map(rows -> {
                    Map<String, String> names = new HashMap<>();
                    rows.forEach(row -> names.put(row.getString("request_id"), row.getString("name")));
                    return names;
                });
    }
}
