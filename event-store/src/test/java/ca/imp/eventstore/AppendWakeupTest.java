package ca.imp.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.subscription.AppendNotifications;
import ca.imp.eventstore.subscription.CatchUpSubscription;
import ca.imp.eventstore.tally.TallyEvent;

/** A commit wakes the subscriptions: nothing here polls, so an event applied at all was applied because it committed. */
class AppendWakeupTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final KernelDatabase db = new KernelDatabase();
    private static final EventCodec<TallyEvent> codec = EventCodec.of(TallyEvent.class);

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void an_appended_event_is_applied_within_a_second_of_its_commit_without_any_periodic_round() throws Exception {
        List<Long> applied = new CopyOnWriteArrayList<>();
        CatchUpSubscription subscription = new CatchUpSubscription(db.store, "woken", 100, (tx, events) -> {
            events.forEach(event -> applied.add(event.position()));
            return Uni.createFrom().voidItem();
        });
        try (AppendNotifications notifications = new AppendNotifications(db.vertx.getDelegate(), db.connect,
                subscription::wake)) {
            notifications.listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            awaitApplied(applied, 0);

            for (int burst = 1; burst <= 3; burst++) {
                long position = append("W100000" + burst);
                awaitApplied(applied, burst);
                assertEquals(position, applied.get(applied.size() - 1));
            }
        }
    }

    private static long append(String stream) {
        List<RecordedEvent> recorded = db.store.append(stream, 0, codec.encode(List.of(new TallyEvent.Counted(1))),
                EventMetadata.byActor("test")).await().atMost(WAIT);
        return recorded.get(0).position();
    }

    private static void awaitApplied(List<Long> applied, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (applied.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(count, applied.size(), "events applied within a second of their commit");
    }
}
