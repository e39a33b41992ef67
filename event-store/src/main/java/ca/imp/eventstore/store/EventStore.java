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
import io.vertx.mutiny.sqlclient.RowSet;
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

    /**
     * Inserts a stream's new events after the log's last position, only if the stream is still at the expected
     * version; a clash with a version inserted meanwhile is left to the unique key. Answers the positions, or no row
     * when the stream has moved on.
     */
    private static final String INSERT = "INSERT INTO events (global_position, stream_id, stream_version, event_id,"
            + " event_type, schema_version, data, correlation_id, causation_id, actor, recorded_at)"
            + " SELECT head.position + e.n, $1, $2 + e.n, e.event_id, e.event_type, e.schema_version, e.data::jsonb,"
            + " $7, $8, $9, $10"
            + " FROM (SELECT coalesce(max(global_position), 0) AS position FROM events) head,"
            + " unnest($3::uuid[], $4::text[], $5::int[], $6::text[]) WITH ORDINALITY AS e(event_id, event_type, schema_version, data, n)"
            + " WHERE (SELECT coalesce(max(stream_version), 0) FROM events WHERE stream_id = $1) = $2"
            + " RETURNING global_position";

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
        List<UUID> ids = events.stream().map(event -> UUID.randomUUID()).toList();
        // Both statements go out together (the driver pipelines them on the connection), so an append is one
        // round trip; the server still runs the insert only once the lock is granted, with a snapshot taken after it.
        Uni<Void> locked = tx.preparedQuery("SELECT pg_advisory_xact_lock($1)").execute(Tuple.of(APPEND_LOCK))
                .replaceWithVoid();
        Uni<RowSet<Row>> inserted = tx.preparedQuery(INSERT)
                .execute(insertion(streamId, expectedVersion, events, ids, metadata, now));
        return Uni.combine().all().unis(locked, inserted).with((lock, rows) -> rows)
                .chain(rows -> {
                    if (rows.rowCount() == 0) {
                        return Uni.createFrom().failure(new StreamVersionConflict(streamId, expectedVersion));
                    }
                    long first = Long.MAX_VALUE;
                    for (Row row : rows) {
                        first = Math.min(first, row.getLong("global_position"));
                    }
                    List<RecordedEvent> recorded = new ArrayList<>();
                    for (int i = 0; i < events.size(); i++) {
                        NewEvent event = events.get(i);
                        recorded.add(new RecordedEvent(first + i, streamId, expectedVersion + i + 1, ids.get(i), event.type(),
                                event.schemaVersion(), event.data(), metadata.correlationId(), metadata.causationId(),
                                metadata.actor(), now));
                    }
                    return Uni.createFrom().item(recorded);
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

    private static Tuple insertion(String streamId, long expectedVersion, List<NewEvent> events, List<UUID> ids,
                                   EventMetadata metadata, Instant now) {
        String[] types = events.stream().map(NewEvent::type).toArray(String[]::new);
        Integer[] schemaVersions = events.stream().map(NewEvent::schemaVersion).toArray(Integer[]::new);
        String[] data = events.stream().map(NewEvent::data).toArray(String[]::new);
        return Tuple.tuple(List.of(streamId, expectedVersion, ids.toArray(UUID[]::new), types, schemaVersions, data))
                .addValue(metadata.correlationId()).addValue(metadata.causationId()).addValue(metadata.actor())
                .addValue(OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
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
