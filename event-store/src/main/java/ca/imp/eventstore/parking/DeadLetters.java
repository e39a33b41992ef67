package ca.imp.eventstore.parking;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.contract.envelope.EventEnvelope;

/**
 * The records each consumer dead-lettered, kept in the service's own database as delivered
 * (headers, key and value; events carry no personal data), so operators can list and retry them.
 * A record delivered and dead-lettered again counts one more attempt.
 */
public final class DeadLetters {
    private static final String COLUMNS = "id, consumer, topic, kafka_partition, kafka_offset, event_id, event_type, reason,"
            + " attempts, first_seen, last_seen";

    /** A dead letter as delivered, to apply again. */
    public record Delivery(DeadLetter letter, Headers headers, String value) {
    }

    private DeadLetters() {
    }

    public static Uni<Void> record(SqlClient client, String consumer, ConsumerRecord<String, String> record, Failure failure) {
        JsonObject headers = new JsonObject();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        Optional<EventEnvelope> envelope = envelopeOf(record.headers());
        return client.preparedQuery("INSERT INTO dead_letters (consumer, topic, kafka_partition, kafka_offset, record_key,"
                        + " headers, value, event_id, event_type, reason, attempts)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1)"
                        + " ON CONFLICT (consumer, topic, kafka_partition, kafka_offset) DO UPDATE"
                        + " SET reason = excluded.reason, attempts = dead_letters.attempts + 1, last_seen = now()")
                .execute(Tuple.tuple()
                        .addValue(consumer).addValue(record.topic()).addValue(record.partition()).addValue(record.offset())
                        .addValue(record.key()).addValue(headers).addValue(record.value())
                        .addValue(envelope.map(EventEnvelope::id).orElse(null))
                        .addValue(envelope.map(EventEnvelope::type).orElse(null))
                        .addValue(failure.reason()))
                .replaceWithVoid();
    }

    public static Uni<Optional<Delivery>> find(SqlClient client, long id) {
        return client.preparedQuery("SELECT " + COLUMNS + ", headers, value FROM dead_letters WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    RecordHeaders headers = new RecordHeaders();
                    row.getJsonObject("headers").forEach(header -> headers.add(header.getKey(),
                            header.getValue() == null ? null : header.getValue().toString().getBytes(StandardCharsets.UTF_8)));
                    return Optional.of(new Delivery(toLetter(row), headers, row.getString("value")));
                });
    }

    public static Uni<Void> release(SqlClient client, long id) {
        return client.preparedQuery("DELETE FROM dead_letters WHERE id = $1").execute(Tuple.of(id)).replaceWithVoid();
    }

    public static Uni<Void> failedAgain(SqlClient client, long id, Failure failure) {
        return client.preparedQuery("UPDATE dead_letters SET reason = $2, attempts = attempts + 1, last_seen = now() WHERE id = $1")
                .execute(Tuple.of(id, failure.reason())).replaceWithVoid();
    }

    /** Oldest first. */
    public static Uni<List<DeadLetter>> list(SqlClient client, int offset, int limit) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM dead_letters ORDER BY id OFFSET $1 LIMIT $2")
                .execute(Tuple.of(offset, limit))
                .map(rows -> {
                    List<DeadLetter> letters = new ArrayList<>();
                    rows.forEach(row -> letters.add(toLetter(row)));
                    return letters;
                });
    }

    public static Uni<Long> count(SqlClient client) {
        return client.query("SELECT count(*) AS letters FROM dead_letters").execute()
                .map(rows -> rows.iterator().next().getLong("letters"));
    }

    public static Uni<Long> count(SqlClient client, String consumer) {
        return client.preparedQuery("SELECT count(*) AS letters FROM dead_letters WHERE consumer = $1")
                .execute(Tuple.of(consumer))
                .map(rows -> rows.iterator().next().getLong("letters"));
    }

    private static Optional<EventEnvelope> envelopeOf(Headers headers) {
        try {
            return Optional.of(CloudEventHeaders.read(headers));
        } catch (CloudEventHeaders.MalformedEnvelope e) {
            return Optional.empty();
        }
    }

    private static DeadLetter toLetter(Row row) {
        return new DeadLetter(row.getLong("id"), row.getString("consumer"), row.getString("topic"),
                row.getInteger("kafka_partition"), row.getLong("kafka_offset"), row.getUUID("event_id"),
                row.getString("event_type"), row.getString("reason"), row.getInteger("attempts"),
                row.getOffsetDateTime("first_seen").toInstant(), row.getOffsetDateTime("last_seen").toInstant());
    }
}
