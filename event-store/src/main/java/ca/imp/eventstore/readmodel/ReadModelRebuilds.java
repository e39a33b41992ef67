package ca.imp.eventstore.readmodel;

import java.time.OffsetDateTime;
import java.util.Optional;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.store.LogPosition;

/** The rebuilds of a service's read models, in its own database (kernel migration 0.12). */
public final class ReadModelRebuilds {
    private static final String COLUMNS = "requested_at, requested_by, events, completed_at";

    private ReadModelRebuilds() {
    }

    /**
     * Records a rebuild asked for now, with the log's head and length as the transaction sees them: the replay is
     * complete when the read model's checkpoint reaches that head. An empty log has nothing to replay: complete at once.
     */
    public static Uni<Rebuild> request(SqlConnection tx, String readModel, String actor) {
        return tx.preparedQuery("INSERT INTO read_model_rebuilds (read_model, requested_by, head_tx_id, head_position, events, completed_at)"
                        + " SELECT $1, $2, coalesce(head.tx_id, '0'), coalesce(head.global_position, 0),"
                        + " (SELECT count(*) FROM events), CASE WHEN head.tx_id IS NULL THEN now() END"
                        + " FROM (SELECT 1) one LEFT JOIN (SELECT tx_id, global_position FROM events"
                        + " ORDER BY tx_id DESC, global_position DESC LIMIT 1) head ON true"
                        + " RETURNING " + COLUMNS)
                .execute(Tuple.of(readModel, actor)).map(rows -> toRebuild(rows.iterator().next()));
    }

    /** Marks the read model's running rebuild complete if its checkpoint, now at {@code position}, has reached the head. */
    public static Uni<Void> reached(SqlConnection tx, String readModel, LogPosition position) {
        return tx.preparedQuery("UPDATE read_model_rebuilds SET completed_at = clock_timestamp()"
                        + " WHERE read_model = $1 AND completed_at IS NULL"
                        + " AND (head_tx_id, head_position) <= ($2::bigint::text::xid8, $3)")
                .execute(Tuple.of(readModel, position.transaction(), position.position())).replaceWithVoid();
    }

    public static Uni<Optional<Rebuild>> last(SqlClient client, String readModel) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM read_model_rebuilds WHERE read_model = $1 ORDER BY id DESC LIMIT 1")
                .execute(Tuple.of(readModel))
                .map(rows -> rows.iterator().hasNext() ? Optional.of(toRebuild(rows.iterator().next())) : Optional.empty());
    }

    private static Rebuild toRebuild(Row row) {
        OffsetDateTime completed = row.getOffsetDateTime("completed_at");
        return Rebuild.of(row.getOffsetDateTime("requested_at").toInstant(), row.getString("requested_by"), row.getLong("events"),
                completed == null ? null : completed.toInstant());
    }
}
