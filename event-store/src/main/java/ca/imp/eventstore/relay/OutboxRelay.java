package ca.imp.eventstore.relay;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.LogPosition;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.subscription.CatchUpSubscription;

/**
 * The event store is the outbox: this relay publishes every stored event, in global order,
 * after its checkpoint, and advances the checkpoint only once the publisher has accepted the
 * batch. A crash in between republishes the batch (consumers deduplicate by event id); nothing
 * is ever skipped. It is a {@link CatchUpSubscription} whose effect is the publication, so of
 * several service instances exactly one relays at a time.
 *
 * <p>An event Kafka refuses for good (too large, say) is parked like any subscription's: the
 * relay carries on with the next, and the parked event, stored but not yet published, is logged
 * as an error, counted in readiness and listed to operators until a retry publishes it.
 */
public final class OutboxRelay {
    /** The relay's checkpoint; the kernel's first migration creates it, so that claiming it never waits on an insert. */
    public static final String CHECKPOINT = "kafka-relay";

    private final EventPublisher publisher;
    private final CatchUpSubscription subscription;

    public OutboxRelay(EventStore store, EventPublisher publisher, int batchSize) {
        this.publisher = publisher;
        this.subscription = new CatchUpSubscription(store, CHECKPOINT, batchSize, (tx, events) -> publish(events));
    }

    /** Publishes one batch; returns how many events it published (0 if none were pending or another instance holds the relay). */
    public Uni<Integer> relayBatch() {
        return subscription.applyNextBatch();
    }

    /** Publishes until nothing is pending. */
    public Uni<Integer> relayAll() {
        return subscription.catchUp();
    }

    /** Where in the log's read order the last event published or parked is. */
    public Uni<LogPosition> checkpoint() {
        return subscription.checkpoint();
    }

    /** The subscription that publishes, for health and for operators' retries of parked events. */
    public CatchUpSubscription subscription() {
        return subscription;
    }

    private Uni<Void> publish(List<RecordedEvent> events) {
        // The Kafka client blocks while it waits for acknowledgements: keep that off the event loop.
        return Uni.createFrom().item(() -> {
            publisher.publish(events);
            return events;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).replaceWithVoid();
    }
}
