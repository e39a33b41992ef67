package ca.imp.eventstore.subscription;

import java.util.List;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.RecordedEvent;

/**
 * Follows a service's own event log from a named checkpoint, in global order, for a consequence
 * kept in the same database (a read model, a plan of timers). Each batch's effect and the
 * checkpoint's advance commit in one transaction, so every event takes effect exactly once and
 * none is skipped; deleting the checkpoint row replays the log. The checkpoint row is locked with
 * SKIP LOCKED for the round, so of several instances one follows at a time.
 */
public final class CatchUpSubscription {

    /** The effect of a batch of events, written in the transaction that advances the checkpoint. */
    @FunctionalInterface
    public interface BatchHandler {
        Uni<Void> apply(SqlConnection tx, List<RecordedEvent> events);
    }

    /** The effect of one event, read as its contract record, with when and how it was recorded. */
    @FunctionalInterface
    public interface EventEffect<E> {
        Uni<Void> apply(SqlConnection tx, RecordedEvent recorded, E event);
    }

    private static final Logger LOG = Logger.getLogger(CatchUpSubscription.class);

    private final EventStore store;
    private final String name;
    private final int batchSize;
    private final BatchHandler handler;

    public CatchUpSubscription(EventStore store, String name, int batchSize, BatchHandler handler) {
        this.store = store;
        this.name = name;
        this.batchSize = batchSize;
        this.handler = handler;
    }

    /** A subscription that reads each event as a record of the codec's family and applies its effect, in log order. */
    public static <E> CatchUpSubscription eachEvent(EventStore store, String name, int batchSize, EventCodec<E> codec,
                                                    EventEffect<E> effect) {
        return new CatchUpSubscription(store, name, batchSize, (tx, events) -> {
            Uni<Void> applied = Uni.createFrom().voidItem();
            for (RecordedEvent recorded : events) {
                E event = codec.decode(recorded);
                applied = applied.chain(() -> effect.apply(tx, recorded, event));
            }
            return applied;
        });
    }

    /**
     * Catches up, for a schedule: a failed round (the database away, a conflict) is logged and left
     * to the next round, which starts again from the same checkpoint.
     */
    public Uni<Void> catchUpOrRetryNextRound() {
        return catchUp()
                .onFailure().invoke(e -> LOG.warnf("%s: round failed, retrying from its checkpoint: %s", name, e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Applies the next batch; returns how many events it applied (0 if none were new or another instance holds the checkpoint). */
    public Uni<Integer> applyNextBatch() {
        return store.pool().withTransaction(tx -> claimCheckpoint(tx).chain(checkpoint -> {
            if (checkpoint == null) {
                return Uni.createFrom().item(0);
            }
            return store.readAfter(tx, checkpoint, batchSize).chain(events -> events.isEmpty()
                    ? Uni.createFrom().item(0)
                    : handler.apply(tx, events)
                            .chain(() -> advance(tx, events.get(events.size() - 1).position()))
                            .replaceWith(events.size()));
        }));
    }

    /** Applies batches until the subscription has caught up with the log. */
    public Uni<Integer> catchUp() {
        return applyNextBatch().chain(applied -> applied < batchSize
                ? Uni.createFrom().item(applied)
                : catchUp().map(rest -> applied + rest));
    }

    private Uni<Long> claimCheckpoint(SqlConnection tx) {
        return tx.preparedQuery("INSERT INTO checkpoints (name, position) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING")
                .execute(Tuple.of(name))
                .chain(() -> tx.preparedQuery("SELECT position FROM checkpoints WHERE name = $1 FOR UPDATE SKIP LOCKED")
                        .execute(Tuple.of(name)))
                .map(rows -> {
                    RowIterator<Row> row = rows.iterator();
                    return row.hasNext() ? row.next().getLong("position") : null;
                });
    }

    private Uni<Void> advance(SqlConnection tx, long position) {
        return tx.preparedQuery("UPDATE checkpoints SET position = $2 WHERE name = $1")
                .execute(Tuple.of(name, position)).replaceWithVoid();
    }
}
