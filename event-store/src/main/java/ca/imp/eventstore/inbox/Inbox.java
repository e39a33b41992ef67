package ca.imp.eventstore.inbox;

import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The ids of the events each consumer has processed. Claimed in the same transaction as the
 * event's effect, after it, so "processed" and the effect commit or roll back together and the
 * effect's append is its transaction's first write (see {@code AppendOutOfOrder}). A concurrent
 * claim of the same id waits on the first one's row and then finds it taken.
 */
public final class Inbox {

    private Inbox() {
    }

    /** True if {@code consumer} has processed {@code eventId}; reads only, so the transaction takes no id. */
    public static Uni<Boolean> processed(SqlConnection tx, String consumer, UUID eventId) {
        return tx.preparedQuery("SELECT EXISTS (SELECT 1 FROM inbox WHERE consumer = $1 AND event_id = $2) AS processed")
                .execute(Tuple.of(consumer, eventId))
                .map(rows -> rows.iterator().next().getBoolean("processed"));
    }

    /** True if this is the first time {@code consumer} sees {@code eventId}. */
    public static Uni<Boolean> claim(SqlConnection tx, String consumer, UUID eventId) {
        return tx.preparedQuery("INSERT INTO inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(consumer, eventId))
                .map(result -> result.rowCount() == 1);
    }
}
