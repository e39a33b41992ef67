package ca.imp.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

import ca.imp.eventstore.store.CommittedAppends;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.subscription.AppendNotifications;
import ca.imp.eventstore.subscription.CatchUpSubscription;
import ca.imp.eventstore.tally.TallyEvent;

/**
 * A commit wakes the subscriptions, of its own instance and of the others: nothing here polls, so an event applied at
 * all was applied because it committed.
 */
class AppendWakeupTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final KernelDatabase db = new KernelDatabase();
    private static final EventCodec<TallyEvent> codec = EventCodec.of(TallyEvent.class);

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void an_event_this_instance_appends_wakes_its_subscriptions_in_process_at_its_commit() throws Exception {
        List<Long> applied = new CopyOnWriteArrayList<>();
        CatchUpSubscription subscription = recording("woken", "W100", applied);
        EventStore instance = instanceWaking(subscription::wake);
        subscription.wake();
        awaitApplied(applied, 0);

        appendOneAfterAnother(instance, "W100000", applied);
    }

    @Test
    void an_event_another_instance_appends_wakes_this_ones_subscriptions_through_postgresql() throws Exception {
        List<Long> applied = new CopyOnWriteArrayList<>();
        CatchUpSubscription subscription = recording("woken-by-another", "W150", applied);
        try (AppendNotifications here = new AppendNotifications(db.vertx.getDelegate(), db.connect, subscription::wake);
             AppendNotifications there = new AppendNotifications(db.vertx.getDelegate(), db.connect, () -> { })) {
            listen(here);
            listen(there);
            EventStore another = instanceWaking(there::broadcast);
            awaitApplied(applied, 0);

            appendOneAfterAnother(another, "W150000", applied);
        }
    }

    @Test
    void a_listener_whose_connection_is_cut_listens_again_and_wakes_the_subscription_for_what_it_missed() throws Exception {
        List<Long> applied = new CopyOnWriteArrayList<>();
        CatchUpSubscription subscription = recording("woken-again", "W2", applied);
        try (AppendNotifications notifications = new AppendNotifications(db.vertx.getDelegate(), db.connect,
                subscription::wake)) {
            listen(notifications);

            // as when PostgreSQL restarts: the listening connection is gone, and a commit meanwhile notifies no one
            int cut = db.pool.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND query LIKE 'LISTEN%'").execute().await().atMost(WAIT).size();
            assertEquals(1, cut, "the listening connection was cut");
            long missed = append(db.store, "W2000001");

            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!applied.contains(missed) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(1, applied.stream().filter(position -> position == missed).count(),
                    "applied once, within seconds of the cut, on listening again, with no periodic round");
        }
    }

    @Test
    void an_event_held_back_by_a_transaction_in_flight_is_applied_soon_after_it_ends_though_that_end_notifies_no_one()
            throws Exception {
        List<Long> applied = new CopyOnWriteArrayList<>();
        CatchUpSubscription subscription = recording("held-back", "W3000001", applied);
        EventStore instance = instanceWaking(subscription::wake);
        subscription.wake();
        awaitApplied(applied, 0);

        // an older transaction, holding an id but appending nothing, is still open when the event commits: the
        // event's wake-up finds it not yet readable, and the older transaction's end sends no notification
        var older = db.pool.getConnection().await().atMost(WAIT);
        try {
            var open = older.begin().await().atMost(WAIT);
            older.query("SELECT pg_current_xact_id()").execute().await().atMost(WAIT);
            long held = append(instance, "W3000001");
            Thread.sleep(200);
            assertEquals(List.of(), applied, "not readable while an older transaction is in flight");
            open.commit().await().atMost(WAIT);
            awaitApplied(applied, 1);
            assertEquals(held, applied.get(0));
        } finally {
            older.close().await().atMost(WAIT);
        }
    }

    /** A subscription that records the positions of the events of the streams whose id starts with {@code streams}. */
    private static CatchUpSubscription recording(String name, String streams, List<Long> applied) {
        return new CatchUpSubscription(db.store, name, 100, (tx, events) -> {
            events.stream().filter(event -> event.streamId().startsWith(streams)).forEach(event -> applied.add(event.position()));
            return Uni.createFrom().voidItem();
        });
    }

    /** Three appends, each awaited before the next: each must be applied because it committed. */
    private static void appendOneAfterAnother(EventStore store, String streams, List<Long> applied) throws InterruptedException {
        for (int burst = 1; burst <= 3; burst++) {
            long position = append(store, streams + burst);
            awaitApplied(applied, burst);
            assertEquals(position, applied.get(applied.size() - 1));
        }
    }

    /** Another instance of the service on the same log, whose commits of appended events run {@code onCommit}. */
    private static EventStore instanceWaking(Runnable onCommit) {
        CommittedAppends committed = new CommittedAppends();
        committed.onEach(onCommit);
        return new EventStore(db.pool, Clock.systemUTC(), committed);
    }

    private static void listen(AppendNotifications notifications) throws Exception {
        notifications.listen().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static long append(EventStore store, String stream) {
        List<RecordedEvent> recorded = store.append(stream, 0, codec.encode(List.of(new TallyEvent.Counted(1))),
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
