package ca.imp.eventstore.store;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * The append-only event log of one service, in PostgreSQL.
 *
 * <p>Global positions are assigned under a store-wide transaction-scoped advisory lock taken
 * just before the insert, so positions are gapless and commit order equals position order: a
 * reader that checkpoints by position can never skip an event that commits later with a lower
 * position (the failure mode of a bare {@code bigserial}).
 */
public final class EventStore {
    /** Arbitrary but fixed: the advisory lock key that serialises position assignment. */
    static final long APPEND_LOCK = 0x494D505F4C4F47L;
    private static final String UNIQUE_VIOLATION = "23505";
    /**
     * Event data crosses the driver as text, never as a decoded JSON object: the driver would turn
     * a decimal such as a fee of 230.00 into a binary floating-point number.
     */
    private static final String SELECT = "SELECT global_position, stream_id, stream_version, event_id, event_type,"
            + " schema_version, data::text AS data, correlation_id, causation_id, actor, recorded_at FROM events ";

    private final Pool pool;
    private final Clock clock;

    public EventStore(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Pool pool() {
        return pool;
    }

    public Clock clock() {
        return clock;
    }

    /** All events of a stream in order; an unknown stream is empty. */
    public Uni<List<RecordedEvent>> load(SqlClient client, String streamId) {
        return client.preparedQuery(SELECT + "WHERE stream_id = $1 ORDER BY stream_version")
                .execute(Tuple.of(streamId))
                .map(rows -> {
                    List<RecordedEvent> events = new ArrayList<>();
                    rows.forEach(row -> events.add(toEvent(row)));
                    return events;
                });
    }

    public Uni<List<RecordedEvent>> load(String streamId) {
        return load(pool, streamId);
    }

    /** Up to {@code limit} events after {@code position}, in global order. */
    public Uni<List<RecordedEvent>> readAfter(SqlClient client, long position, int limit) {
        return client.preparedQuery(SELECT + "WHERE global_position > $1 ORDER BY global_position LIMIT $2")
                .execute(Tuple.of(position, limit))
                .map(rows -> {
                    List<RecordedEvent> events = new ArrayList<>();
                    rows.forEach(row -> events.add(toEvent(row)));
                    return events;
                });
    }

    /**
     * The streams with an event after {@code position}, a page at a time, for reconciling services' views of them.
     *
     * @param streamPattern only streams whose id matches this PostgreSQL regular expression
     */
    public Uni<ChangedStreams> streamsChangedAfter(long position, String streamPattern, int limit, long offset) {
        String changed = "FROM events WHERE global_position > $1 AND stream_id ~ $2";
        return pool.preparedQuery("SELECT DISTINCT stream_id " + changed + " ORDER BY stream_id LIMIT $3 OFFSET $4")
                .execute(Tuple.of(position, streamPattern, limit, offset))
                .chain(rows -> {
                    List<String> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getString("stream_id")));
                    return pool.preparedQuery("SELECT (SELECT count(DISTINCT stream_id) " + changed + ") AS total,"
                                    + " (SELECT coalesce(max(global_position), 0) FROM events) AS head")
                            .execute(Tuple.of(position, streamPattern))
                            .map(totals -> {
                                Row row = totals.iterator().next();
                                return new ChangedStreams(ids, row.getLong("total"), row.getLong("head"));
                            });
                });
    }

    /**
     * Appends events to a stream inside the caller's transaction, if the stream is still at
     * {@code expectedVersion} (0 for a new stream).
     *
     * @return the recorded events; fails with {@link StreamVersionConflict} if another writer got there first
     */
    public Uni<List<RecordedEvent>> append(SqlConnection tx, String streamId, long expectedVersion,
                                           List<NewEvent> events, EventMetadata metadata) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Instant now = clock.instant();
        return tx.preparedQuery("SELECT pg_advisory_xact_lock($1)").execute(Tuple.of(APPEND_LOCK))
                .chain(() -> tx.preparedQuery(
                                "SELECT (SELECT coalesce(max(stream_version), 0) FROM events WHERE stream_id = $1) AS version,"
                                        + " (SELECT coalesce(max(global_position), 0) FROM events) AS position")
                        .execute(Tuple.of(streamId)))
                .chain(rows -> {
                    Row head = rows.iterator().next();
                    if (head.getLong("version") != expectedVersion) {
                        return Uni.createFrom().failure(new StreamVersionConflict(streamId, expectedVersion));
                    }
                    List<RecordedEvent> recorded = new ArrayList<>();
                    long position = head.getLong("position");
                    long version = expectedVersion;
                    for (NewEvent event : events) {
                        recorded.add(new RecordedEvent(++position, streamId, ++version, UUID.randomUUID(), event.type(),
                                event.schemaVersion(), event.data(), metadata.correlationId(), metadata.causationId(),
                                metadata.actor(), now));
                    }
                    return insert(tx, recorded).replaceWith(recorded);
                })
                .onFailure(PgException.class).transform(failure -> isVersionClash((PgException) failure)
                        ? new StreamVersionConflict(streamId, expectedVersion)
                        : failure);
    }

    /** Appends in a transaction of its own. */
    public Uni<List<RecordedEvent>> append(String streamId, long expectedVersion, List<NewEvent> events,
                                           EventMetadata metadata) {
        return pool.withTransaction(tx -> append(tx, streamId, expectedVersion, events, metadata));
    }

    private static Uni<Void> insert(SqlConnection tx, List<RecordedEvent> events) {
        List<Tuple> rows = new ArrayList<>();
        for (RecordedEvent e : events) {
            rows.add(Tuple.tuple(List.of(e.position(), e.streamId(), e.streamVersion(), e.eventId(), e.type(),
                    e.schemaVersion(), e.data())).addValue(e.correlationId()).addValue(e.causationId())
                    .addValue(e.actor()).addValue(OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC)));
        }
        return tx.preparedQuery("INSERT INTO events (global_position, stream_id, stream_version, event_id, event_type,"
                        + " schema_version, data, correlation_id, causation_id, actor, recorded_at)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9, $10, $11)")
                .executeBatch(rows)
                .replaceWithVoid();
    }

    private static boolean isVersionClash(PgException e) {
        return UNIQUE_VIOLATION.equals(e.getSqlState()) && "events_stream_version_key".equals(e.getConstraint());
    }

    private static RecordedEvent toEvent(Row row) {
        return new RecordedEvent(
                row.getLong("global_position"),
                row.getString("stream_id"),
                row.getLong("stream_version"),
                row.getUUID("event_id"),
                row.getString("event_type"),
                row.getInteger("schema_version"),
                row.getString("data"),
                row.getUUID("correlation_id"),
                row.getUUID("causation_id"),
                row.getString("actor"),
                row.getOffsetDateTime("recorded_at").toInstant());
    }
}
