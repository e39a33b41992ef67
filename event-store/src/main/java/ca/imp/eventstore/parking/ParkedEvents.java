package ca.imp.eventstore.parking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.store.RecordedEvent;

/** The parked events of a service's catch-up subscriptions, in its own database. */
public final class ParkedEvents {
    private static final String COLUMNS = "id, subscription, global_position, event_id, event_type, reason, attempts,"
            + " first_seen, last_seen";

    private ParkedEvents() {
    }

    /** Parks the event inside the transaction that moves the subscription's checkpoint past it. */
    public static Uni<Void> park(SqlConnection tx, String subscription, RecordedEvent event, Failure failure, int attempts) {
        return tx.preparedQuery("INSERT INTO parked_events (subscription, global_position, event_id, event_type, reason, attempts)"
                        + " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (subscription, global_position) DO UPDATE"
                        + " SET reason = excluded.reason, attempts = parked_events.attempts + excluded.attempts, last_seen = now()")
                .execute(Tuple.of(subscription, event.position(), event.eventId(), event.type(), failure.reason(), attempts))
                .replaceWithVoid();
    }

    /** The parked event, locked until the transaction ends so that two retries of it never run at once. */
    public static Uni<Optional<ParkedEvent>> lock(SqlConnection tx, long id) {
        return tx.preparedQuery("SELECT " + COLUMNS + " FROM parked_events WHERE id = $1 FOR UPDATE").execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(toParked(rows.iterator().next())) : Optional.empty());
    }

    public static Uni<Void> release(SqlConnection tx, long id) {
        return tx.preparedQuery("DELETE FROM parked_events WHERE id = $1").execute(Tuple.of(id)).replaceWithVoid();
    }

    /** Forgets every event the subscription parked: it is to apply them all again, from the log's start. */
    public static Uni<Void> forget(SqlConnection tx, String subscription) {
        return tx.preparedQuery("DELETE FROM parked_events WHERE subscription = $1").execute(Tuple.of(subscription)).replaceWithVoid();
    }

    public static Uni<Void> failedAgain(SqlClient client, long id, Failure failure) {
        return client.preparedQuery("UPDATE parked_events SET reason = $2, attempts = attempts + 1, last_seen = now() WHERE id = $1")
                .execute(Tuple.of(id, failure.reason())).replaceWithVoid();
    }

    public static Uni<Optional<ParkedEvent>> find(SqlClient client, long id) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM parked_events WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(toParked(rows.iterator().next())) : Optional.empty());
    }

    /** Oldest first in log order, as they should be retried. */
    public static Uni<List<ParkedEvent>> list(SqlClient client, int offset, int limit) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM parked_events ORDER BY global_position, subscription"
                        + " OFFSET $1 LIMIT $2")
                .execute(Tuple.of(offset, limit))
                .map(rows -> {
                    List<ParkedEvent> parked = new ArrayList<>();
                    rows.forEach(row -> parked.add(toParked(row)));
                    return parked;
                });
    }

    public static Uni<Long> count(SqlClient client) {
        return client.query("SELECT count(*) AS parked FROM parked_events").execute()
                .map(rows -> rows.iterator().next().getLong("parked"));
    }

    public static Uni<Long> count(SqlClient client, String subscription) {
        return client.preparedQuery("SELECT count(*) AS parked FROM parked_events WHERE subscription = $1")
                .execute(Tuple.of(subscription))
                .map(rows -> rows.iterator().next().getLong("parked"));
    }

    private static ParkedEvent toParked(Row row) {
        return new ParkedEvent(row.getLong("id"), row.getString("subscription"), row.getLong("global_position"),
                row.getUUID("event_id"), row.getString("event_type"), row.getString("reason"), row.getInteger("attempts"),
                row.getOffsetDateTime("first_seen").toInstant(), row.getOffsetDateTime("last_seen").toInstant());
    }
}
