package ca.imp.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;

import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.eventstore.inbox.EventRoutes;
import ca.imp.eventstore.inbox.IdempotentConsumer;
import ca.imp.eventstore.inbox.IncomingEvent;
import ca.imp.eventstore.inbox.UnreadableEvent;
import ca.imp.eventstore.observability.TraceParents;
import ca.imp.eventstore.store.CommandHandler;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.tally.Tally;
import ca.imp.eventstore.tally.TallyEvent;

class IdempotentConsumerTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final KernelDatabase db = new KernelDatabase();
    private static final CommandHandler<Tally.Count, Integer, TallyEvent> tallies =
            new CommandHandler<>(db.store, new Tally(), EventCodec.of(TallyEvent.class));

    @AfterAll
    static void close() {
        db.close();
    }

    /** The effect under test: count the tally of the event's subject up by one, in the consumer's transaction. */
    private static final IdempotentConsumer.Effect COUNT_ONE = (tx, event) ->
            tallies.handle(tx, event.envelope().subject(), new Tally.Count(1),
                    event.causedBy("consumer"))
                    .replaceWithVoid();

    private static IncomingEvent event(String subject) {
        return new IncomingEvent(new EventEnvelope(UUID.randomUUID(), "Something", "/test", subject, Instant.now(), 1,
                null, null), "{}");
    }

    private static int tally(String stream) {
        return tallies.load(stream).await().atMost(WAIT).state();
    }

    @Test
    void a_redelivered_event_has_no_second_effect() {
        IdempotentConsumer consumer = new IdempotentConsumer(db.pool, "redelivery", 3, KernelDatabase.UNTRACED);
        IncomingEvent event = event("redelivered");

        consumer.consume(event, COUNT_ONE).await().atMost(WAIT);
        consumer.consume(event, COUNT_ONE).await().atMost(WAIT);

        assertEquals(1, tally("redelivered"));
    }

    @Test
    void the_same_event_delivered_concurrently_has_one_effect() {
        IdempotentConsumer consumer = new IdempotentConsumer(db.pool, "concurrent", 5, KernelDatabase.UNTRACED);
        IncomingEvent event = event("raced");
        List<Uni<Void>> deliveries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            deliveries.add(consumer.consume(event, COUNT_ONE));
        }

        Uni.join().all(deliveries).andFailFast().await().atMost(WAIT);

        assertEquals(1, tally("raced"));
    }

    @Test
    void different_events_racing_for_one_stream_all_take_effect() {
        IdempotentConsumer consumer = new IdempotentConsumer(db.pool, "racing-streams", 10, KernelDatabase.UNTRACED);
        List<Uni<Void>> deliveries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            deliveries.add(consumer.consume(event("contended"), COUNT_ONE));
        }

        Uni.join().all(deliveries).andFailFast().await().atMost(WAIT);

        assertEquals(6, tally("contended"));
    }

    @Test
    void each_consumer_keeps_its_own_inbox() {
        IncomingEvent event = event("two-consumers");

        new IdempotentConsumer(db.pool, "first", 3, KernelDatabase.UNTRACED).consume(event, COUNT_ONE).await().atMost(WAIT);
        new IdempotentConsumer(db.pool, "second", 3, KernelDatabase.UNTRACED).consume(event, COUNT_ONE).await().atMost(WAIT);

        assertEquals(2, tally("two-consumers"));
    }

    @Test
    void a_failed_effect_is_rolled_back_with_its_inbox_entry_and_retried() {
        IdempotentConsumer consumer = new IdempotentConsumer(db.pool, "flaky", 3, KernelDatabase.UNTRACED);
        AtomicInteger attempts = new AtomicInteger();
        IdempotentConsumer.Effect failsOnce = (tx, event) -> COUNT_ONE.apply(tx, event)
                .chain(() -> attempts.incrementAndGet() == 1
                        ? Uni.createFrom().failure(new IllegalStateException("connection reset"))
                        : Uni.createFrom().voidItem());

        consumer.consume(event("flaky"), failsOnce).await().atMost(WAIT);

        assertEquals(2, attempts.get());
        assertEquals(1, tally("flaky"));
    }

    @Test
    void an_effect_that_keeps_failing_fails_the_delivery_after_the_configured_attempts() {
        IdempotentConsumer consumer = new IdempotentConsumer(db.pool, "broken", 3, KernelDatabase.UNTRACED);
        AtomicInteger attempts = new AtomicInteger();
        IdempotentConsumer.Effect alwaysFails = (tx, event) -> {
            attempts.incrementAndGet();
            return Uni.createFrom().failure(new IllegalStateException("still broken"));
        };

        assertThrows(IllegalStateException.class, () -> consumer.consume(event("broken"), alwaysFails).await().atMost(WAIT));
        assertEquals(3, attempts.get());
    }

    @Test
    void a_record_without_a_readable_envelope_fails_at_once_as_unreadable() {
        IdempotentConsumer consumer = new IdempotentConsumer(db.pool, "poison", 3, KernelDatabase.UNTRACED);
        ConsumerRecord<String, String> poison = new ConsumerRecord<>("topic", 0, 0, "A1234567", "not json");

        var failure = assertThrows(UnreadableEvent.class, () -> consumer.consume(poison, COUNT_ONE).await().atMost(WAIT));
        assertEquals("missing CloudEvents header " + CloudEventHeaders.ID, failure.getMessage());
    }

    @Test
    void only_routed_event_types_take_effect_and_the_others_leave_no_trace() {
        IdempotentConsumer consumer = new IdempotentConsumer(db.pool, "routed", 3, KernelDatabase.UNTRACED);
        EventRoutes routes = EventRoutes.create()
                .on(TallyEvent.Counted.class, (tx, event, counted) -> COUNT_ONE.apply(tx, event));
        IncomingEvent counted = new IncomingEvent(new EventEnvelope(UUID.randomUUID(), "Counted", "/test", "routed", Instant.now(),
                1, null, null), "{\"by\": 1}");
        ConsumerRecord<String, String> routed = record(counted);
        ConsumerRecord<String, String> unrouted = record(event("routed"));

        consumer.consume(routed, routes).await().atMost(WAIT);
        consumer.consume(unrouted, routes).await().atMost(WAIT);

        assertEquals(1, tally("routed"));
        long inboxRows = db.pool.query("SELECT count(*) AS n FROM inbox WHERE consumer = 'routed'").execute().await().atMost(WAIT)
                .iterator().next().getLong("n");
        assertEquals(1, inboxRows);
    }

    @Test
    void a_route_takes_both_the_namespaced_type_and_the_bare_one_that_older_records_carry() {
        IdempotentConsumer consumer = new IdempotentConsumer(db.pool, "both-types", 3, KernelDatabase.UNTRACED);
        EventRoutes routes = EventRoutes.create()
                .on(TallyEvent.Counted.class, (tx, event, counted) -> COUNT_ONE.apply(tx, event));

        for (String type : List.of("ca.imp.tally.Counted.v1", "Counted")) {
            consumer.consume(record(new IncomingEvent(new EventEnvelope(UUID.randomUUID(), type, "/test", "both-types",
                    Instant.now(), 1, null, null), "{\"by\": 1}")), routes).await().atMost(WAIT);
        }

        assertEquals(2, tally("both-types"));
    }

    private static ConsumerRecord<String, String> record(IncomingEvent event) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("topic", 0, 0, event.envelope().subject(), event.data());
        CloudEventHeaders.write(event.envelope(), record.headers());
        return record;
    }

    @Test
    void the_events_a_traced_record_causes_are_appended_in_a_consumer_span_child_of_its_traceparent() {
        RecordedSpans spans = new RecordedSpans();
        String sent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        ConsumerRecord<String, String> record = record(event("traced"));
        record.headers().add("traceparent", sent.getBytes(StandardCharsets.UTF_8));

        new IdempotentConsumer(db.pool, "traced", 3, spans.tracer).consume(record, COUNT_ONE).await().atMost(WAIT);

        SpanData handling = spans.ended().stream().filter(span -> span.getKind() == SpanKind.CONSUMER).findFirst().orElseThrow();
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", handling.getTraceId(), "the handling continues the sender's trace");
        assertEquals("00f067aa0ba902b7", handling.getParentSpanId(), "as a child of the sender's span");
        RecordedEvent appended = db.store.load("traced").await().atMost(WAIT).get(0);
        assertEquals(TraceParents.of(handling.getSpanContext()), appended.traceParent(),
                "what the handling appends carries the consumer span on");
    }

    @Test
    void event_data_that_does_not_fit_its_type_is_unreadable() {
        IncomingEvent event = new IncomingEvent(event("x").envelope(), "[1,2]");

        assertThrows(UnreadableEvent.class, () -> event.as(TallyEvent.Counted.class));
    }
}
