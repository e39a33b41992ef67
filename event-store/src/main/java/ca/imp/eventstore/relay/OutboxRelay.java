package ca.imp.eventstore.relay;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.EventStoreSchema;
import ca.imp.eventstore.store.RecordedEvent;

/**
 * The event store is the outbox: this relay publishes every stored event, in global order,
 * after its checkpoint, and advances the checkpoint only once the publisher has accepted the
 * batch. A crash in between republishes the batch (consumers deduplicate by event id); nothing
 * is ever skipped. The checkpoint row is locked with SKIP LOCKED for the duration, so of
 * several service instances exactly one relays at a time.
 */
public final class OutboxRelay {
    private static final String CHECKPOINT = EventStoreSchema.RELAY_CHECKPOINT;

    private final EventStore store;
    private final EventPublisher publisher;
    private final int batchSize;

    public OutboxRelay(EventStore store, EventPublisher publisher, int batchSize) {
        this.store = store;
        this.publisher = publisher;
        this.batchSize = batchSize;
    }

    /** Publishes one batch; returns how many events it published (0 if none were pending or another instance holds the relay). */
    public Uni<Integer> relayBatch() {
        return store.pool().withTransaction(tx -> claimCheckpoint(tx).chain(checkpoint -> {
            if (checkpoint == null) {
                return Uni.createFrom().item(0);
            }
            return store.readAfter(tx, checkpoint, batchSize).chain(events -> events.isEmpty()
                    ? Uni.createFrom().item(0)
                    : publish(events).chain(() -> advance(tx, events.get(events.size() - 1).position()))
                            .replaceWith(events.size()));
        }));
    }

    /** Publishes until nothing is pending. */
    public Uni<Integer> relayAll() {
        return relayBatch().chain(published -> published < batchSize
                ? Uni.createFrom().item(published)
                : relayAll().map(rest -> published + rest));
    }

    /** The position of the last event published, for lag reporting. */
    public Uni<Long> checkpoint() {
        return store.pool().preparedQuery("SELECT position FROM checkpoints WHERE name = $1").execute(Tuple.of(CHECKPOINT))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getLong("position") : 0L);
    }

    private Uni<Void> publish(List<RecordedEvent> events) {
        // The Kafka client blocks while it waits for acknowledgements: keep that off the event loop.
        return Uni.createFrom().item(() -> {
            publisher.publish(events);
            return events;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).replaceWithVoid();
    }

    private Uni<Long> claimCheckpoint(SqlConnection tx) {
        return tx.preparedQuery("SELECT position FROM checkpoints WHERE name = $1 FOR UPDATE SKIP LOCKED")
                .execute(Tuple.of(CHECKPOINT))
                .map(rows -> {
                    RowIterator<Row> row = rows.iterator();
                    return row.hasNext() ? row.next().getLong("position") : null;
                });
    }

    private Uni<Void> advance(SqlConnection tx, long position) {
        return tx.preparedQuery("UPDATE checkpoints SET position = $2 WHERE name = $1")
                .execute(Tuple.of(CHECKPOINT, position)).replaceWithVoid();
    }
}
