package ca.imp.accesstesting;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Entries for the operators' retry endpoints to act on in the authorization sweep: each retry
 * succeeds and touches nothing, so the sweep can call it as often as it likes.
 */
public final class OpsEntries {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private OpsEntries() {
    }

    /** An event the relay parked, at a position past the log's end: retrying it publishes nothing. */
    public static long parkedEvent(Pool pool) {
        long beyondTheLog = 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        return pool.preparedQuery("INSERT INTO parked_events (subscription, global_position, event_id, event_type, reason,"
                        + " attempts) VALUES ('kafka-relay', $1, $2, 'SweepFixture', 'a fixture of the authorization sweep', 1)"
                        + " RETURNING id")
                .execute(Tuple.of(beyondTheLog, UUID.randomUUID()))
                .map(rows -> rows.iterator().next().getLong("id"))
                .await().atMost(WAIT);
    }

    /** A record the consumer dead-lettered, of a type it passes over: retrying it applies nothing. */
    public static long deadLetter(Pool pool, String consumer) {
        UUID id = UUID.randomUUID();
        JsonObject headers = new JsonObject().put("ce_id", id.toString()).put("ce_type", "SweepFixture")
                .put("ce_source", "/authorization-sweep").put("ce_subject", "sweep").put("ce_time", Instant.now().toString())
                .put("ce_specversion", "1.0");
        return pool.preparedQuery("INSERT INTO dead_letters (consumer, topic, kafka_partition, kafka_offset, record_key, headers,"
                        + " value, event_id, event_type, reason, attempts)"
                        + " VALUES ($1, 'sweep', 0, $2, 'sweep', $3, '{}', $4, 'SweepFixture', 'a fixture of the authorization sweep', 1)"
                        + " RETURNING id")
                .execute(Tuple.of(consumer, ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), headers, id))
                .map(rows -> rows.iterator().next().getLong("id"))
                .await().atMost(WAIT);
    }
}
