package ca.imp.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import ca.imp.eventstore.store.AppendOutOfOrder;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.LogPosition;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.tally.TallyEvent;

/**
 * The property the relay and every projection rely on: a reader that remembers only the last
 * place in the log it read never misses an event, however appends interleave, however long their
 * transactions stay open, and whichever got its transaction id first; and it reads every stream in
 * version order, and an event after what its command read.
 */
class GlobalOrderTest {
    private static final KernelDatabase db = new KernelDatabase();
    private static final EventCodec<TallyEvent> codec = EventCodec.of(TallyEvent.class);
    private static final Comparator<LogPosition> READ_ORDER =
            Comparator.comparingLong(LogPosition::transaction).thenComparingLong(LogPosition::position);

    @AfterAll
    static void close() {
        db.close();
    }

    /** What a writer does in its transaction before it appends. */
    private enum Writer {
        /** Nothing: the append is the transaction's first write, as in a command. */
        APPENDS_FIRST(""),
        /** Takes its transaction id early, as a claimed timer or key would. */
        TAKES_AN_ID_FIRST("SELECT pg_current_xact_id()"),
        /** Writes another row first, as a consumer's inbox entry. */
        WRITES_FIRST("INSERT INTO inbox (consumer, event_id) VALUES ('global-order', gen_random_uuid())"),
        /** Reads another writer's stream first and appends after it, as a command that reads one stream and appends to another. */
        READS_ANOTHER_STREAM_FIRST("");

        final String before;

        Writer(String before) {
            this.before = before;
        }
    }

    @Test
    void a_reader_that_checkpoints_its_place_in_the_log_never_skips_an_event_and_reads_every_stream_in_version_order()
            throws Exception {
        int appenders = 16;
        int eventsEach = 25;
        AtomicBoolean appending = new AtomicBoolean(true);
        List<RecordedEvent> seen = new ArrayList<>();

        Thread reader = new Thread(() -> {
            LogPosition checkpoint = LogPosition.START;
            boolean lastRound = false;
            while (true) {
                List<RecordedEvent> batch = db.store.readAfter(db.pool, checkpoint, 7).await().atMost(Duration.ofSeconds(30));
                for (RecordedEvent event : batch) {
                    seen.add(event);
                    checkpoint = event.logPosition();
                }
                if (batch.isEmpty()) {
                    if (lastRound) {
                        return;
                    }
                    lastRound = !appending.get();
                }
            }
        });
        AtomicReference<Throwable> readerFailure = new AtomicReference<>();
        reader.setUncaughtExceptionHandler((thread, failure) -> readerFailure.set(failure));
        // Mutiny's context propagation sets itself up on first use; from two threads at once, one of them fails.
        db.store.readAfter(db.pool, LogPosition.START, 1).await().atMost(Duration.ofSeconds(30));
        reader.start();

        Map<Writer, AtomicInteger> refused = new LinkedHashMap<>();
        List<LogPosition[]> readThenAppended = Collections.synchronizedList(new ArrayList<>());
        List<Uni<Void>> writers = new ArrayList<>();
        for (int a = 0; a < appenders; a++) {
            Writer writer = Writer.values()[a % Writer.values().length];
            refused.putIfAbsent(writer, new AtomicInteger());
            String stream = "order-" + a;
            String other = "order-" + (a + 1) % appenders;
            writers.add(Multi.createFrom().range(0, eventsEach)
                    .onItem().transformToUniAndConcatenate(i -> Uni.createFrom().deferred(() -> db.pool.withTransaction(tx -> {
                        Uni<Void> before = writer.before.isEmpty() ? Uni.createFrom().voidItem() : tx.query(writer.before).execute().replaceWithVoid();
                        Uni<List<RecordedEvent>> read = writer == Writer.READS_ANOTHER_STREAM_FIRST ? db.store.load(tx, other) : Uni.createFrom().item(List.of());
                        return before
                                .chain(() -> tx.query("SELECT pg_sleep(random() * 0.006)").execute())
                                .chain(() -> read)
                                .chain(otherStream -> db.store.append(tx, stream, i, codec.encode(List.of(new TallyEvent.Counted(1))),
                                                EventMetadata.byActor("appender"))
                                        .invoke(appended -> otherStream.stream().reduce((x, y) -> y).ifPresent(last ->
                                                readThenAppended.add(new LogPosition[] {last.logPosition(), appended.get(0).logPosition()}))))
                                // keep the transaction open after the insert for a random time, as a real command would
                                .chain(() -> tx.query("SELECT pg_sleep(random() * 0.006)").execute());
                    })).onFailure(AppendOutOfOrder.class).invoke(() -> refused.get(writer).incrementAndGet())
                            .onFailure(AppendOutOfOrder.class).retry().indefinitely())
                    .collect().last().replaceWithVoid());
        }
        Uni.join().all(writers).andFailFast().await().atMost(Duration.ofMinutes(3));
        appending.set(false);
        reader.join(Duration.ofMinutes(1).toMillis());
        assertNull(readerFailure.get(), "the reader failed");

        List<Long> committed = db.pool.query("SELECT global_position FROM events ORDER BY tx_id, global_position").execute()
                .await().atMost(Duration.ofSeconds(30)).stream().map(row -> row.getLong(0)).toList();
        assertEquals((long) appenders * eventsEach, committed.size());
        assertEquals(committed, seen.stream().map(RecordedEvent::position).toList(),
                "the reader must see every committed event exactly once, in the log's read order");
        Map<String, List<Long>> versionsAsRead = new LinkedHashMap<>();
        seen.forEach(event -> versionsAsRead.computeIfAbsent(event.streamId(), s -> new ArrayList<>()).add(event.streamVersion()));
        versionsAsRead.forEach((stream, versions) -> assertEquals(
                LongStream.rangeClosed(1, eventsEach).boxed().toList(), versions, stream + " read in version order"));
        assertTrue(readThenAppended.size() > 0, "some appends came after reading another stream");
        readThenAppended.forEach(pair -> assertTrue(READ_ORDER.compare(pair[0], pair[1]) < 0,
                "an event is read after the events its command read: " + pair[0] + " then " + pair[1]));
        System.out.println("GlobalOrderTest: appends refused as out of order and retried, by what the transaction did first: " + refused);
        assertEquals(0, refused.get(Writer.APPENDS_FIRST).get(), "an append that is its transaction's first write is never refused");
        assertEquals(0, refused.get(Writer.READS_ANOTHER_STREAM_FIRST).get(), "nor one that only read before");
    }
}
