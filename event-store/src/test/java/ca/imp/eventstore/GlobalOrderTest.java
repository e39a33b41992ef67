package ca.imp.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.tally.TallyEvent;

/**
 * The property the relay and every projection rely on: a reader that remembers only the last
 * position it saw never misses an event, however appends interleave and however long their
 * transactions stay open after the insert.
 */
class GlobalOrderTest {
    private static final KernelDatabase db = new KernelDatabase();
    private static final EventCodec<TallyEvent> codec = EventCodec.of(TallyEvent.class);

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void a_reader_checkpointing_by_position_never_skips_an_event_appended_concurrently() throws Exception {
        int appenders = 16;
        int eventsEach = 25;
        AtomicBoolean appending = new AtomicBoolean(true);
        List<Long> seen = new ArrayList<>();

        Thread reader = new Thread(() -> {
            long checkpoint = 0;
            boolean lastRound = false;
            while (true) {
                List<RecordedEvent> batch = db.store.readAfter(db.pool, checkpoint, 7).await().atMost(Duration.ofSeconds(30));
                for (RecordedEvent event : batch) {
                    seen.add(event.position());
                    checkpoint = event.position();
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
        db.store.readAfter(db.pool, 0, 1).await().atMost(Duration.ofSeconds(30));
        reader.start();

        List<Uni<Void>> writers = new ArrayList<>();
        for (int a = 0; a < appenders; a++) {
            String stream = "order-" + a;
            // Half the writers write before they append, as a command that records its idempotency key first does:
            // their transaction has an id long before its events take a position.
            String before = a % 2 == 0 ? "SELECT pg_current_xact_id(), pg_sleep(random() * 0.006)" : "SELECT pg_sleep(random() * 0.006)";
            writers.add(Multi.createFrom().range(0, eventsEach)
                    .onItem().transformToUniAndConcatenate(i -> db.pool.withTransaction(tx -> tx.query(before).execute()
                            .chain(() -> db.store.append(tx, stream, i, codec.encode(List.of(new TallyEvent.Counted(1))),
                                            EventMetadata.byActor("appender")))
                            // keep the transaction open after the insert for a random time, as a real command would
                            .chain(() -> tx.query("SELECT pg_sleep(random() * 0.006)").execute())))
                    .collect().last().replaceWithVoid());
        }
        Uni.join().all(writers).andFailFast().await().atMost(Duration.ofMinutes(2));
        appending.set(false);
        reader.join(Duration.ofMinutes(1).toMillis());
        assertNull(readerFailure.get(), "the reader failed");

        List<Long> committed = db.pool.query("SELECT global_position FROM events ORDER BY global_position").execute()
                .await().atMost(Duration.ofSeconds(30)).stream().map(row -> row.getLong(0)).toList();
        assertEquals((long) appenders * eventsEach, committed.size());
        assertEquals(committed, seen, "the reader must see every committed event exactly once, in position order");
    }
}
