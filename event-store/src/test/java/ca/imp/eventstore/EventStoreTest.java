package ca.imp.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.store.AppendOutOfOrder;
import ca.imp.eventstore.store.CommandHandler;
import ca.imp.eventstore.store.CommandOutcome;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.NewEvent;
import ca.imp.eventstore.store.PoolTransactions;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.store.StreamVersionConflict;
import ca.imp.eventstore.store.Upcaster;
import ca.imp.eventstore.tally.Tally;
import ca.imp.eventstore.tally.TallyEvent;

class EventStoreTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final KernelDatabase db = new KernelDatabase();
    private static final EventCodec<TallyEvent> codec = EventCodec.of(TallyEvent.class);
    private static final CommandHandler<Tally.Count, Integer, TallyEvent> tallies =
            new CommandHandler<>(db.store, new Tally(), codec);
    private static final AtomicInteger streams = new AtomicInteger();

    @AfterAll
    static void close() {
        db.close();
    }

    private static String newStream() {
        return "tally-" + streams.incrementAndGet();
    }

    private static List<NewEvent> counted(int by) {
        return codec.encode(List.of(new TallyEvent.Counted(by)));
    }

    @Test
    void appending_at_the_expected_version_records_the_events_in_order() {
        String stream = newStream();
        db.store.append(stream, 0, counted(1), EventMetadata.byActor("test")).await().atMost(WAIT);
        db.store.append(stream, 1, counted(2), EventMetadata.byActor("test")).await().atMost(WAIT);

        List<RecordedEvent> events = db.store.load(stream).await().atMost(WAIT);

        assertEquals(List.of(1L, 2L), events.stream().map(RecordedEvent::streamVersion).toList());
        assertEquals(new TallyEvent.Counted(2), codec.decode(events.get(1)));
        assertEquals("test", events.get(0).actor());
    }

    @Test
    void a_writer_with_a_stale_version_gets_a_conflict_not_an_overwrite() {
        String stream = newStream();
        db.store.append(stream, 0, counted(1), EventMetadata.byActor("first")).await().atMost(WAIT);

        var conflict = assertThrows(StreamVersionConflict.class, () ->
                db.store.append(stream, 0, counted(5), EventMetadata.byActor("late")).await().atMost(WAIT));

        assertEquals(stream, conflict.streamId());
        assertEquals(List.of("first"), db.store.load(stream).await().atMost(WAIT).stream().map(RecordedEvent::actor).toList());
    }

    @Test
    void a_writer_that_expects_a_version_the_stream_has_not_reached_gets_a_conflict() {
        String stream = newStream();

        assertThrows(StreamVersionConflict.class, () ->
                db.store.append(stream, 3, counted(1), EventMetadata.byActor("test")).await().atMost(WAIT));
    }

    @Test
    void of_concurrent_writers_at_the_same_version_exactly_one_wins() {
        String stream = newStream();
        List<Uni<String>> writers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            writers.add(db.store.append(stream, 0, counted(1), EventMetadata.byActor("writer-" + i))
                    .map(recorded -> "won")
                    .onFailure(StreamVersionConflict.class).recoverWithItem("conflict"));
        }

        List<String> results = Uni.join().all(writers).andFailFast().await().atMost(WAIT);

        assertEquals(1, results.stream().filter("won"::equals).count());
        assertEquals(15, results.stream().filter("conflict"::equals).count());
        assertEquals(1, db.store.load(stream).await().atMost(WAIT).size());
    }

    @Test
    void a_row_that_takes_the_version_while_the_append_is_in_flight_is_a_conflict_not_an_overwrite() {
        String stream = newStream();
        // A writer that bypasses the store holds (stream, 1) uncommitted, far from the positions the store assigns.
        SqlConnection intruder = db.pool.getConnection().await().atMost(WAIT);
        try {
            Transaction intrusion = intruder.begin().await().atMost(WAIT);
            intruder.preparedQuery("INSERT INTO events (global_position, stream_id, stream_version, event_id, event_type,"
                            + " schema_version, data, actor, recorded_at) VALUES (1000000, $1, 1, $2, 'Counted', 1,"
                            + " '{\"by\": 1}', 'intruder', now())")
                    .execute(Tuple.of(stream, UUID.randomUUID())).await().atMost(WAIT);

            // The store sees version 0 (the row is not committed), so only the unique key can stop it: it waits on the intruder's row.
            CompletableFuture<List<RecordedEvent>> append = db.store.append(stream, 0, counted(5), EventMetadata.byActor("store"))
                    .subscribeAsCompletionStage();
            awaitAnInsertWaitingOnALock();
            intrusion.commit().await().atMost(WAIT);

            ExecutionException failure = assertThrows(ExecutionException.class, () -> append.get(30, TimeUnit.SECONDS));
            var conflict = assertInstanceOf(StreamVersionConflict.class, failure.getCause());
            assertEquals(stream, conflict.streamId());
        } finally {
            intruder.close().await().atMost(WAIT);
        }
        assertEquals(List.of("intruder"), db.store.load(stream).await().atMost(WAIT).stream().map(RecordedEvent::actor).toList());
    }

    private static void awaitAnInsertWaitingOnALock() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            long waiting = db.pool.query("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                            + " AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO events%'")
                    .execute().await().atMost(WAIT).iterator().next().getLong(0);
            if (waiting == 1) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        throw new AssertionError("the append never reached the unique key");
    }

    @Test
    void an_append_that_would_be_read_before_an_event_it_can_see_is_refused_as_out_of_order_and_retried_in_a_new_transaction() {
        String late = newStream();
        String early = newStream();
        AtomicInteger attempts = new AtomicInteger();

        List<RecordedEvent> appended = new PoolTransactions(db.pool).inTransaction(tx -> {
            Uni<Void> wroteFirst = tx.preparedQuery("SELECT pg_current_xact_id()").execute().replaceWithVoid();
            // on the first attempt, a transaction that got its id later appends and commits in between
            Uni<Void> meanwhile = attempts.incrementAndGet() == 1
                    ? db.store.append(early, 0, counted(1), EventMetadata.byActor("meanwhile")).replaceWithVoid()
                    : Uni.createFrom().voidItem();
            return wroteFirst.chain(() -> meanwhile)
                    .chain(() -> db.store.append(tx.connection(), late, 0, counted(2), EventMetadata.byActor("retried")));
        }).await().atMost(WAIT);

        assertEquals(2, attempts.get(), "refused once, then run again in a new transaction");
        RecordedEvent first = db.store.load(early).await().atMost(WAIT).get(0);
        assertTrue(appended.get(0).transaction() > first.transaction(), "read after the event it could see");
        assertEquals(List.of("retried"), db.store.load(late).await().atMost(WAIT).stream().map(RecordedEvent::actor).toList());
    }

    @Test
    void an_append_out_of_order_is_not_a_version_conflict() {
        String late = newStream();
        String early = newStream();

        Throwable refused = assertThrows(Throwable.class, () -> db.pool.withTransaction(tx ->
                tx.preparedQuery("SELECT pg_current_xact_id()").execute()
                        .chain(() -> db.store.append(early, 0, counted(1), EventMetadata.byActor("meanwhile")))
                        .chain(() -> db.store.append(tx, late, 0, counted(2), EventMetadata.byActor("refused"))))
                .await().atMost(WAIT));

        assertInstanceOf(AppendOutOfOrder.class, refused);
        assertEquals(List.of(), db.store.load(late).await().atMost(WAIT));
    }

    @Test
    void a_command_is_decided_on_the_state_folded_from_the_stream() {
        String stream = newStream();
        tallies.handle(stream, new Tally.Count(4), EventMetadata.byActor("test")).await().atMost(WAIT).orReject();
        tallies.handle(stream, new Tally.Count(5), EventMetadata.byActor("test")).await().atMost(WAIT).orReject();

        CommandOutcome<Integer, TallyEvent> outcome =
                tallies.handle(stream, new Tally.Count(2), EventMetadata.byActor("test")).await().atMost(WAIT);

        var rejected = assertInstanceOf(CommandOutcome.Rejected.class, outcome);
        assertEquals(new Tally.LimitReached(9), rejected.error());
        assertEquals(9, tallies.load(stream).await().atMost(WAIT).state());
        assertEquals(2, tallies.load(stream).await().atMost(WAIT).version());
    }

    @Test
    void a_command_that_starts_a_stream_is_decided_on_the_initial_state_and_appended_at_the_first_version() {
        String stream = newStream();

        CommandOutcome<Integer, TallyEvent> outcome = new PoolTransactions(db.pool).inTransaction(tx ->
                tallies.start(tx, stream, new Tally.Count(3), EventMetadata.byActor("test"))).await().atMost(WAIT);

        assertEquals(3, assertInstanceOf(CommandOutcome.Applied.class, outcome).state());
        assertEquals(1, tallies.load(stream).await().atMost(WAIT).version());
    }

    @Test
    void a_command_that_starts_a_stream_which_exists_already_is_a_version_conflict_and_changes_nothing() {
        String stream = newStream();
        tallies.handle(stream, new Tally.Count(4), EventMetadata.byActor("test")).await().atMost(WAIT).orReject();

        var started = new PoolTransactions(db.pool).inTransaction(tx ->
                tallies.start(tx, stream, new Tally.Count(3), EventMetadata.byActor("test")));

        assertThrows(StreamVersionConflict.class, () -> started.await().atMost(WAIT));
        assertEquals(4, tallies.load(stream).await().atMost(WAIT).state());
        assertEquals(1, tallies.load(stream).await().atMost(WAIT).version());
    }

    @Test
    void decimals_in_event_data_keep_their_exact_value() {
        String stream = newStream();
        db.store.append(stream, 0, List.of(new NewEvent("Counted", 1, "{\"by\": 1, \"fee\": 230.00, \"tiny\": 0.1}")),
                EventMetadata.byActor("test")).await().atMost(WAIT);

        String data = db.store.load(stream).await().atMost(WAIT).get(0).data();

        assertTrue(data.contains("230.00"), data);
        assertTrue(data.contains("0.1"), data);
    }

    @Test
    void old_event_versions_are_upcast_when_read() {
        String stream = newStream();
        db.store.append(stream, 0, List.of(new NewEvent("Counted", 1, "{\"amount\":3}")), EventMetadata.byActor("v1"))
                .await().atMost(WAIT);
        EventCodec<TallyEvent> v2 = EventCodec.of(TallyEvent.class,
                new Upcaster("Counted", 1, data -> data.put("by", data.remove("amount").asInt())));

        RecordedEvent stored = db.store.load(stream).await().atMost(WAIT).get(0);

        assertEquals(new TallyEvent.Counted(3), v2.decode(stored));
        assertEquals(2, v2.encode(new TallyEvent.Counted(1)).schemaVersion());
    }
}
