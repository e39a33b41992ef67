package ca.imp.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

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
        int appenders = 8;
        int eventsEach = 60;
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
        reader.start();

        List<Uni<Void>> writers = new ArrayList<>();
        for (int a = 0; a < appenders; a++) {
            String stream = "order-" + a;
            writers.add(Multi.createFrom().range(0, eventsEach)
                    .onItem().transformToUniAndConcatenate(i -> db.pool.withTransaction(tx ->
                            db.store.append(tx, stream, i, codec.encode(List.of(new TallyEvent.Counted(1))),
                                            EventMetadata.byActor("appender"))
                                    // keep the transaction open after the insert, as a real command would
                                    .chain(() -> tx.query("SELECT pg_sleep(random() * 0.004)").execute())))
                    .collect().last().replaceWithVoid());
        }
        Uni.join().all(writers).andFailFast().await().atMost(Duration.ofMinutes(2));
        appending.set(false);
        reader.join(Duration.ofMinutes(1).toMillis());

        long total = (long) appenders * eventsEach;
        assertEquals(LongStream.rangeClosed(1, total).boxed().toList(), seen,
                "the reader must see every position exactly once, in order, with no gap");
    }
}
