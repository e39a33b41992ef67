package ca.imp.eventstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.eventstore.inbox.EventRoutes;
import ca.imp.eventstore.inbox.IdempotentConsumer;
import ca.imp.eventstore.inbox.RoutedConsumer;
import ca.imp.eventstore.inbox.UnreadableEvent;
import ca.imp.eventstore.parking.DeadLetter;
import ca.imp.eventstore.parking.DeadLetters;
import ca.imp.eventstore.parking.ParkedEvent;
import ca.imp.eventstore.parking.ParkedEvents;
import ca.imp.eventstore.parking.RetryOutcome;
import ca.imp.eventstore.relay.OutboxRelay;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.LogPosition;
import ca.imp.eventstore.store.NewEvent;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.store.Transaction;
import ca.imp.eventstore.subscription.CatchUpSubscription;
import ca.imp.eventstore.tally.TallyEvent;

/** No subscription stalls on an event it cannot apply: it parks the event, moves on, and an operator retries it after a fix. */
class ParkingTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final KernelDatabase db = new KernelDatabase();
    private static final EventCodec<TallyEvent> codec = EventCodec.of(TallyEvent.class);

    static {
        db.pool.query("CREATE TABLE applied (subscription text NOT NULL, event_id uuid NOT NULL)").execute().await().atMost(WAIT);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void an_event_a_subscription_cannot_read_is_parked_with_its_reason_and_the_events_after_it_still_apply() {
        String name = "parks-unreadable";
        CatchUpSubscription subscription = fromHere(name, (tx, recorded, event) -> record(tx, name, recorded));
        counted(2);
        RecordedEvent unknownType = append(new NewEvent("NeverHeardOf", 1, "{}"));
        counted(1);
        RecordedEvent undecodable = append(new NewEvent("Counted", 1, "{\"by\": \"many\"}"));
        counted(1);

        subscription.catchUp().await().atMost(WAIT);

        assertEquals(4, applied(name));
        List<ParkedEvent> parked = parkedOf(name);
        assertEquals(List.of(unknownType.eventId(), undecodable.eventId()), parked.stream().map(ParkedEvent::eventId).toList());
        assertEquals(unknownType.position(), parked.get(0).position());
        assertEquals("NeverHeardOf", parked.get(0).eventType());
        assertEquals(CatchUpSubscription.ATTEMPTS, parked.get(0).attempts());
        assertTrue(parked.get(0).reason().contains("unknown event type NeverHeardOf"), parked.get(0).reason());
        assertTrue(parked.get(1).reason().startsWith("unreadable Counted v1"), parked.get(1).reason());
        assertFalse(parked.get(1).reason().contains("java."), "no class names: " + parked.get(1).reason());
        assertEquals(head(), subscription.checkpoint().await().atMost(WAIT));
    }

    @Test
    void a_transient_failure_parks_nothing_and_the_next_round_starts_again_from_the_same_checkpoint() {
        String name = "waits-for-the-database";
        AtomicBoolean databaseAway = new AtomicBoolean(true);
        CatchUpSubscription subscription = fromHere(name, (tx, recorded, event) -> databaseAway.get()
                ? Uni.createFrom().failure(new PgException("terminating connection due to administrator command", "FATAL", "57P01", null))
                : record(tx, name, recorded));
        LogPosition before = subscription.checkpoint().await().atMost(WAIT);
        counted(3);

        assertThrows(PgException.class, () -> subscription.catchUp().await().atMost(WAIT));
        assertEquals(before, subscription.checkpoint().await().atMost(WAIT));
        assertEquals(List.of(), parkedOf(name));

        databaseAway.set(false);
        subscription.catchUp().await().atMost(WAIT);
        assertEquals(3, applied(name));
        assertEquals(List.of(), parkedOf(name));
    }

    @Test
    void a_parked_event_stays_parked_while_its_cause_lasts_and_applies_once_retried_after_the_fix() {
        String name = "retried-after-a-fix";
        Set<UUID> rejected = ConcurrentHashMap.newKeySet();
        CatchUpSubscription subscription = fromHere(name, (tx, recorded, event) -> rejected.contains(recorded.eventId())
                ? Uni.createFrom().failure(new IllegalArgumentException("the view has no room for it"))
                : record(tx, name, recorded));
        RecordedEvent poison = counted(1).get(0);
        rejected.add(poison.eventId());
        counted(1);

        subscription.catchUp().await().atMost(WAIT);
        ParkedEvent parked = parkedOf(name).get(0);
        RetryOutcome tooEarly = subscription.retry(parked).await().atMost(WAIT);

        assertFalse(tooEarly.applied());
        assertEquals("the view has no room for it", tooEarly.reason());
        assertEquals(CatchUpSubscription.ATTEMPTS + 1, parkedOf(name).get(0).attempts());

        rejected.clear();
        RetryOutcome fixed = subscription.retry(parked).await().atMost(WAIT);

        assertTrue(fixed.applied());
        assertEquals(List.of(), parkedOf(name));
        assertEquals(2, applied(name));
    }

    @Test
    void an_event_kafka_refuses_for_good_is_parked_and_the_relay_publishes_the_events_after_it() {
        LogPosition head = head();
        db.pool.preparedQuery("UPDATE checkpoints SET tx_id = $2::bigint::text::xid8, position = $3 WHERE name = $1")
                .execute(Tuple.of(OutboxRelay.CHECKPOINT, head.transaction(), head.position())).await().atMost(WAIT);
        RecordedEvent tooLarge = counted(1).get(0);
        List<RecordedEvent> after = counted(3);
        Set<UUID> published = ConcurrentHashMap.newKeySet();
        OutboxRelay relay = new OutboxRelay(db.store, events -> {
            if (events.stream().anyMatch(e -> e.eventId().equals(tooLarge.eventId()))) {
                RecordTooLargeException refusal = new RecordTooLargeException(
                        "The message is 1048700 bytes when serialized which is larger than 1048576");
                throw new IllegalStateException("Kafka did not accept an event: " + refusal.getMessage(), refusal);
            }
            events.forEach(e -> published.add(e.eventId()));
        }, 10);

        relay.relayAll().await().atMost(WAIT);

        assertTrue(published.containsAll(after.stream().map(RecordedEvent::eventId).toList()));
        assertFalse(published.contains(tooLarge.eventId()));
        List<ParkedEvent> parked = parkedOf(OutboxRelay.CHECKPOINT);
        assertEquals(List.of(tooLarge.eventId()), parked.stream().map(ParkedEvent::eventId).toList());
        assertTrue(parked.get(0).reason().contains("larger than 1048576"), parked.get(0).reason());
    }

    @Test
    void a_dead_letter_is_listed_and_a_retry_after_the_fix_applies_it_exactly_once() {
        String name = "dead-letters-" + UUID.randomUUID();
        AtomicBoolean fixed = new AtomicBoolean(false);
        EventRoutes routes = EventRoutes.create().on(TallyEvent.Counted.class, (tx, event, counted) -> fixed.get()
                ? tx.preparedQuery("INSERT INTO applied (subscription, event_id) VALUES ($1, $2)")
                        .execute(Tuple.of(name, event.envelope().id())).replaceWithVoid()
                : Uni.createFrom().failure(new UnreadableEvent("no deadline can be counted from it")));
        RoutedConsumer consumer = new RoutedConsumer(db.pool, new IdempotentConsumer(db.pool, name, 2, KernelDatabase.UNTRACED), routes);
        UUID eventId = UUID.randomUUID();
        ConsumerRecord<String, String> record = new ConsumerRecord<>("decisions", 0, 41, "A1234567", "{\"by\": 1}");
        CloudEventHeaders.write(new EventEnvelope(eventId, "Counted", "/test", "A1234567", Instant.now(), 1, null, null),
                record.headers());

        assertThrows(UnreadableEvent.class, () -> consumer.consume(record).await().atMost(WAIT));
        DeadLetter letter = DeadLetters.list(db.pool, 0, 100).await().atMost(WAIT).stream()
                .filter(l -> l.consumer().equals(name)).findFirst().orElseThrow();
        assertEquals(eventId, letter.eventId());
        assertEquals("Counted", letter.eventType());
        assertEquals(41, letter.offset());
        assertEquals("no deadline can be counted from it", letter.reason());

        fixed.set(true);
        RetryOutcome retried = consumer.retry(DeadLetters.find(db.pool, letter.id()).await().atMost(WAIT).orElseThrow())
                .await().atMost(WAIT);
        consumer.consume(record).await().atMost(WAIT);

        assertTrue(retried.applied());
        assertTrue(DeadLetters.find(db.pool, letter.id()).await().atMost(WAIT).isEmpty());
        assertEquals(1, applied(name), "the retry and a later redelivery take effect once");
    }

    private CatchUpSubscription fromHere(String name, CatchUpSubscription.EventEffect<TallyEvent> effect) {
        LogPosition head = head();
        db.pool.preparedQuery("INSERT INTO checkpoints (name, tx_id, position) VALUES ($1, $2::bigint::text::xid8, $3)")
                .execute(Tuple.of(name, head.transaction(), head.position())).await().atMost(WAIT);
        return CatchUpSubscription.eachEvent(db.store, name, 500, codec, effect);
    }

    /** The effect under test: note, in the subscription's transaction, that it applied the event. */
    private static Uni<Void> record(Transaction tx, String subscription, RecordedEvent recorded) {
        return tx.preparedQuery("INSERT INTO applied (subscription, event_id) VALUES ($1, $2)")
                .execute(Tuple.of(subscription, recorded.eventId())).replaceWithVoid();
    }

    private static List<RecordedEvent> counted(int count) {
        return db.store.append("T" + UUID.randomUUID(), 0, codec.encode(Collections.nCopies(count,
                new TallyEvent.Counted(1))), EventMetadata.byActor("test")).await().atMost(WAIT);
    }

    private static RecordedEvent append(NewEvent event) {
        return db.store.append("T" + UUID.randomUUID(), 0, List.of(event), EventMetadata.byActor("test")).await().atMost(WAIT).get(0);
    }

    /** The log's last event in read order: a checkpoint there reads only what is appended after. */
    private static LogPosition head() {
        return db.pool.query("SELECT tx_id::text::bigint AS tx_id, global_position FROM events"
                        + " ORDER BY tx_id DESC, global_position DESC LIMIT 1").execute().await().atMost(WAIT)
                .stream().findFirst().map(row -> new LogPosition(row.getLong("tx_id"), row.getLong("global_position")))
                .orElse(LogPosition.START);
    }

    private static long applied(String subscription) {
        return db.pool.preparedQuery("SELECT count(*) AS n FROM applied WHERE subscription = $1").execute(Tuple.of(subscription))
                .await().atMost(WAIT).iterator().next().getLong("n");
    }

    private static List<ParkedEvent> parkedOf(String subscription) {
        return ParkedEvents.list(db.pool, 0, 1000).await().atMost(WAIT).stream()
                .filter(p -> p.subscription().equals(subscription)).toList();
    }
}
