package ca.imp.eventstore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Multi;

import ca.imp.eventstore.relay.KafkaEventPublisher;
import ca.imp.eventstore.relay.OutboxRelay;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.NewEvent;
import ca.imp.eventstore.tally.TallyEvent;

/**
 * Prints what the kernel sustains on this machine: appends per second, with one writer and with several, and relay throughput to a real broker.
 * Asserts nothing; run with {@code ./mvnw -Pbenchmarks -pl event-store -am verify}.
 */
@Tag("benchmark")
class KernelBenchmark {
    private static final KernelDatabase db = new KernelDatabase();
    private static final EventCodec<TallyEvent> codec = EventCodec.of(TallyEvent.class);
    private static final List<NewEvent> ONE_EVENT = codec.encode(List.of(new TallyEvent.Counted(1)));
    private static final AtomicInteger streams = new AtomicInteger();

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void appends_and_relay() {
        try (KafkaEventPublisher kafka = new KafkaEventPublisher(KernelDatabase.bootstrapServers(), "benchmark-relay",
                "/benchmark", "benchmark", "http://localhost", KernelDatabase.UNTRACED)) {
            OutboxRelay relay = new OutboxRelay(db.store, kafka, 500);
            // warm-up: the JIT, the pools and the producer's connection and metadata are ready before anything is timed
            appendNewStreams(500, 4);
            relay.relayAll().await().atMost(Duration.ofMinutes(1));

            report("appends, 1 writer", appendNewStreams(2_000, 1));
            report("appends, 8 writers", appendNewStreams(4_000, 8));
            report("appends, 32 writers", appendNewStreams(4_000, 32));

            long pending = db.store.readAfter(db.pool, relay.checkpoint().await().atMost(Duration.ofMinutes(1)), Integer.MAX_VALUE).await().atMost(Duration.ofMinutes(1)).size();
            long start = System.nanoTime();
            int published = relay.relayAll().await().atMost(Duration.ofMinutes(5));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("BENCHMARK relay to Kafka: %d of %d events in %.2f s = %.0f events/s (batches of 500, acks=all)%n",
                    published, pending, seconds, published / seconds);
        }
    }

    /** Appends one event to each of {@code count} new streams, {@code writers} at a time; returns each append's latency in ns. */
    private static List<Long> appendNewStreams(int count, int writers) {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        Multi.createFrom().range(0, count)
                .onItem().transformToUni(i -> {
                    long began = System.nanoTime();
                    return db.store.append("bench-" + streams.incrementAndGet(), 0, ONE_EVENT, EventMetadata.byActor("bench"))
                            .invoke(() -> latencies.add(System.nanoTime() - began));
                }).merge(writers)
                .collect().last().await().atMost(Duration.ofMinutes(5));
        latencies.add(0, System.nanoTime() - start);
        return latencies;
    }

    private static void report(String what, List<Long> measured) {
        long total = measured.get(0);
        List<Long> latencies = new ArrayList<>(measured.subList(1, measured.size()));
        Collections.sort(latencies);
        System.out.printf("BENCHMARK %s: %d in %.2f s = %.0f appends/s; latency p50 %.1f ms, p99 %.1f ms%n", what,
                latencies.size(), total / 1e9, latencies.size() / (total / 1e9),
                latencies.get(latencies.size() / 2) / 1e6, latencies.get(latencies.size() * 99 / 100) / 1e6);
    }
}
