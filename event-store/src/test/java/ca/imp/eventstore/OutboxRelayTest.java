package ca.imp.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;

import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.eventstore.observability.TraceParents;
import ca.imp.eventstore.relay.EventPublisher;
import ca.imp.eventstore.relay.KafkaEventPublisher;
import ca.imp.eventstore.relay.OutboxRelay;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.LogPosition;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.tally.TallyEvent;

class OutboxRelayTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final KernelDatabase db = new KernelDatabase();
    private static final EventCodec<TallyEvent> codec = EventCodec.of(TallyEvent.class);

    @AfterAll
    static void close() {
        db.close();
    }

    private void appendTo(String stream, int count) {
        long version = db.store.load(stream).await().atMost(WAIT).size();
        for (int i = 0; i < count; i++) {
            db.store.append(stream, version + i, codec.encode(List.of(new TallyEvent.Counted(i + 1))),
                    EventMetadata.byActor("test")).await().atMost(WAIT);
        }
    }

    @Test
    void every_stored_event_reaches_kafka_in_order_keyed_by_stream_with_cloudevents_headers() {
        String topic = "relay-order-" + UUID.randomUUID();
        appendTo("A1000001", 3);
        appendTo("A1000002", 2);
        List<RecordedEvent> stored = db.store.readAfter(db.pool, LogPosition.START, 100).await().atMost(WAIT);

        try (KafkaEventPublisher kafka = new KafkaEventPublisher(KernelDatabase.bootstrapServers(), topic, "/test", "tally",
                "https://tally.example", KernelDatabase.UNTRACED)) {
            new OutboxRelay(db.store, kafka, 2).relayAll().await().atMost(WAIT);
        }

        List<ConsumerRecord<String, String>> received = readAll(topic, stored.size());
        for (String offer : List.of("A1000001", "A1000002")) {
            List<UUID> storedIds = stored.stream().filter(e -> e.streamId().equals(offer)).map(RecordedEvent::eventId).toList();
            List<UUID> receivedIds = received.stream().filter(r -> r.key().equals(offer))
                    .map(r -> CloudEventHeaders.read(r.headers()).id()).toList();
            assertEquals(storedIds, receivedIds, "events of " + offer + " arrive in stream order under its key");
        }
        ConsumerRecord<String, String> first = received.stream().filter(r -> r.key().equals("A1000001")).findFirst().orElseThrow();
        EventEnvelope envelope = CloudEventHeaders.read(first.headers());
        assertEquals("ca.imp.tally.Counted.v1", envelope.type(), "the type is namespaced by the area and versioned");
        assertEquals("Counted", envelope.eventType());
        assertEquals("/test", envelope.source());
        assertEquals("https://tally.example/events/schemas/tally/Counted.v1.json", envelope.dataschema());
        assertEquals("A1000001", envelope.subject());
        assertEquals("1.0", new String(first.headers().lastHeader("ce_specversion").value(), StandardCharsets.UTF_8));
        assertEquals(new TallyEvent.Counted(1), codec.decode("Counted", 1, first.value()));
    }

    @Test
    void events_appended_in_a_span_carry_its_trace_and_are_published_in_a_child_producer_span_named_by_traceparent() {
        String topic = "relay-trace-" + UUID.randomUUID();
        RecordedSpans spans = new RecordedSpans();
        Span request = spans.tracer.spanBuilder("POST /tallies").setSpanKind(SpanKind.SERVER).startSpan();
        EventMetadata metadata;
        try (Scope ignored = request.makeCurrent()) {
            metadata = EventMetadata.byActor("test");
        } finally {
            request.end();
        }
        db.store.append("A4000001", 0, codec.encode(List.of(new TallyEvent.Counted(1))), metadata).await().atMost(WAIT);
        RecordedEvent stored = db.store.load("A4000001").await().atMost(WAIT).get(0);
        assertEquals(TraceParents.of(request.getSpanContext()), stored.traceParent(), "the event is stored with the request's span");

        try (KafkaEventPublisher kafka = new KafkaEventPublisher(KernelDatabase.bootstrapServers(), topic, "/test", "tally",
                "https://tally.example", spans.tracer)) {
            new OutboxRelay(db.store, kafka, 100).relayAll().await().atMost(WAIT);
        }

        ConsumerRecord<String, String> published = readAll(topic, 1).stream().filter(r -> r.key().equals("A4000001"))
                .findFirst().orElseThrow();
        SpanData producer = spans.ended().stream().filter(span -> span.getKind() == SpanKind.PRODUCER).findFirst().orElseThrow();
        assertEquals(request.getSpanContext().getTraceId(), producer.getTraceId(), "the publication is in the request's trace");
        assertEquals(request.getSpanContext().getSpanId(), producer.getParentSpanId(), "as a child of the request's span");
        assertEquals(TraceParents.of(producer.getSpanContext()),
                new String(published.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8),
                "the record's traceparent names the producer span");
    }

    @Test
    void a_relay_that_fails_midway_loses_nothing_and_a_restarted_relay_carries_on() {
        String topic = "relay-restart-" + UUID.randomUUID();
        String stream = "A2000001";
        appendTo(stream, 6);
        LogPosition before = new OutboxRelay(db.store, events -> { }, 1000).checkpoint().await().atMost(WAIT);
        List<RecordedEvent> pending = db.store.readAfter(db.pool, before, 1000).await().atMost(WAIT);

        try (KafkaEventPublisher kafka = new KafkaEventPublisher(KernelDatabase.bootstrapServers(), topic, "/test", "tally",
                "https://tally.example", KernelDatabase.UNTRACED)) {
            // Kafka accepts the first batch, then the connection "drops" after a partial send
            EventPublisher flaky = new EventPublisher() {
                int calls;

                @Override
                public void publish(List<RecordedEvent> events) {
                    if (++calls == 2) {
                        kafka.publish(events.subList(0, 1));
                        throw new IllegalStateException("Kafka did not accept an event: broker went away",
                                new NetworkException("broker went away"));
                    }
                    kafka.publish(events);
                }
            };
            OutboxRelay crashing = new OutboxRelay(db.store, flaky, 3);
            crashing.relayBatch().await().atMost(WAIT);
            assertThrows(IllegalStateException.class, () -> crashing.relayBatch().await().atMost(WAIT));

            OutboxRelay restarted = new OutboxRelay(db.store, kafka, 3);
            restarted.relayAll().await().atMost(WAIT);
            assertEquals(pending.get(pending.size() - 1).logPosition(), restarted.checkpoint().await().atMost(WAIT));
        }

        List<UUID> received = readAll(topic, pending.size()).stream().map(r -> CloudEventHeaders.read(r.headers()).id()).toList();
        List<UUID> expected = pending.stream().map(RecordedEvent::eventId).toList();
        assertEquals(new ArrayList<>(expected), new ArrayList<>(new LinkedHashSet<>(received)),
                "after deduplication by event id, every event arrives once, in order");
        assertTrue(received.size() >= expected.size());
    }

    @Test
    void only_one_of_two_relays_publishes_a_batch_at_a_time() {
        appendTo("A3000001", 2);
        List<List<RecordedEvent>> firstRelayBatches = new ArrayList<>();
        List<Integer> secondRelayCounts = new ArrayList<>();
        OutboxRelay second = new OutboxRelay(db.store, events -> { }, 100);
        OutboxRelay first = new OutboxRelay(db.store, events -> {
            // while the first relay holds the checkpoint, the second finds nothing to do
            secondRelayCounts.add(second.relayBatch().await().atMost(WAIT));
            firstRelayBatches.add(events);
        }, 100);

        first.relayAll().await().atMost(WAIT);

        assertEquals(List.of(0), secondRelayCounts);
        assertEquals(1, firstRelayBatches.size());
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic, int atLeast) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KernelDatabase.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (records.size() < atLeast && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // a short extra poll catches duplicates that arrive behind the last expected record
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }
}
