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
 * <p>Appends take no lock: global positions come from a sequence, so transactions append at once and may commit
 * out of position order. The log is read in another order, (transaction id, position) ({@link LogPosition}), and only
 * below the reading snapshot's xmin: every transaction there has ended and every new one gets a larger id, so that
 * part of the log only grows at its end, and a reader that checkpoints the pair never skips an event that commits
 * late. An append refuses to go below an event it can see ({@link AppendOutOfOrder}), so the read order keeps every
 * stream in version order and puts an event after what its command read.
 */
public final class EventStore {
    private static final String UNIQUE_VIOLATION = "23505";
    /**
     * Event data crosses the driver as text, never as a decoded JSON object: the driver would turn
     * a decimal such as a fee of 230.00 into a binary floating-point number. A transaction id crosses as a number.
     */
    private static final String SELECT = "SELECT tx_id::text::bigint AS tx_id, global_position, stream_id, stream_version,"
            + " event_id, event_type, schema_version, data::text AS data, correlation_id, causation_id, actor, recorded_at, trace_parent"
            + " FROM events ";
    /** The log's read order from a position on, up to where no transaction can still add an event. */
    private static final String READ_AFTER = SELECT + "WHERE (tx_id, global_position) > ($1::bigint::text::xid8, $2)"
            + " AND tx_id < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY tx_id, global_position LIMIT $3";

    /**
     * Inserts a stream's new events, only if the stream is still at the expected version (a clash with a version
     * inserted meanwhile is left to the unique key) and no visible event has a larger transaction id than this
     * transaction's. An append that is its transaction's first write gets its id here, after its snapshot, so the
     * second check can only fail a transaction that wrote before (see {@link AppendOutOfOrder}). Answers the
     * transaction id and positions, or one row saying which check failed.
     */
    private static final String INSERT = "WITH checked AS (SELECT"
            + " (SELECT coalesce(max(stream_version), 0) FROM events WHERE stream_id = $1) = $2 AS at_version,"
            + " coalesce((SELECT tx_id FROM events ORDER BY tx_id DESC LIMIT 1), '0') <= pg_current_xact_id() AS in_order),"
            + " inserted AS (INSERT INTO events (stream_id, stream_version, event_id, event_type, schema_version, data,"
            + " correlation_id, causation_id, actor, recorded_at, trace_parent)"
            + " SELECT $1, $2 + e.n, e.event_id, e.event_type, e.schema_version, e.data::jsonb, $7, $8, $9, $10, $11"
            + " FROM checked, unnest($3::uuid[], $4::text[], $5::int[], $6::text[]) WITH ORDINALITY AS e(event_id, event_type, schema_version, data, n)"
            + " WHERE checked.at_version AND checked.in_order"
            + " RETURNING tx_id::text::bigint AS tx_id, global_position, stream_version)"
            + " SELECT checked.at_version, checked.in_order, inserted.tx_id, inserted.global_position, inserted.stream_version"
            + " FROM checked LEFT JOIN inserted ON true";

    private final Pool pool;
    private final Clock clock;
    private final CommittedAppends committedAppends;

    public EventStore(Pool pool, Clock clock, CommittedAppends committedAppends) {
        this.pool = pool;
        this.clock = clock;
        this.committedAppends = committedAppends;
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
                .map(EventStore::toEvents);
    }

    public Uni<List<RecordedEvent>> load(String streamId) {
        return load(pool, streamId);
    }

    /**
     * Up to {@code limit} events after {@code after}, in the log's read order, as far as no transaction can still
     * add one before them: a reader that goes on from the last one it got never skips an event.
     */
    public Uni<List<RecordedEvent>> readAfter(SqlClient client, LogPosition after, int limit) {
        return client.preparedQuery(READ_AFTER)
                .execute(Tuple.of(after.transaction(), after.position(), limit))
                .map(EventStore::toEvents);
    }

    /** The event at a position, if it is stored and committed. */
    public Uni<List<RecordedEvent>> readAt(SqlClient client, long position) {
        return client.preparedQuery(SELECT + "WHERE global_position = $1").execute(Tuple.of(position))
                .map(EventStore::toEvents);
    }

    /**
     * The streams changed at or after a log position, a page at a time, for reconciling services' views of them. The
     * position is a transaction id: the streams are those changed by the transactions from {@code since} up to the
     * reading snapshot's xmin, which no transaction can add to any more; that xmin is the {@code since} of the next
     * reconciliation, which therefore misses no change, however late it commits.
     *
     * @param streamPattern only streams whose id matches this PostgreSQL regular expression
     */
    public Uni<ChangedStreams> streamsChangedAfter(long since, String streamPattern, int limit, long offset) {
        // One statement, so that the page, the total and the next since are read below one and the same xmin.
        return pool.preparedQuery("WITH bound AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS below),"
                        + " changed AS (SELECT DISTINCT stream_id FROM events, bound"
                        + " WHERE tx_id >= $1::bigint::text::xid8 AND tx_id < bound.below AND stream_id ~ $2)"
                        + " SELECT (SELECT below::text::bigint FROM bound) AS head, (SELECT count(*) FROM changed) AS total,"
                        + " (SELECT coalesce(array_agg(stream_id ORDER BY stream_id), '{}') FROM"
                        + " (SELECT stream_id FROM changed ORDER BY stream_id LIMIT $3 OFFSET $4) page) AS ids")
                .execute(Tuple.of(since, streamPattern, limit, offset))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new ChangedStreams(List.of(row.getArrayOfStrings("ids")), row.getLong("total"), row.getLong("head"));
                });
    }

    /**
     * Appends events to a stream inside the caller's transaction, if the stream is still at
     * {@code expectedVersion} (0 for a new stream). Once the transaction commits, {@link CommittedAppends} hears of it.
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
        return tx.preparedQuery(INSERT).execute(insertion(streamId, expectedVersion, events, ids, metadata, now))
                .chain(rows -> {
                    Row first = rows.iterator().next();
                    if (!first.getBoolean("at_version")) {
                        return Uni.createFrom().failure(new StreamVersionConflict(streamId, expectedVersion));
                    }
                    if (!first.getBoolean("in_order")) {
                        return Uni.createFrom().failure(new AppendOutOfOrder(streamId));
                    }
                    long transaction = first.getLong("tx_id");
                    long[] positions = new long[events.size()];
                    for (Row row : rows) {
                        positions[(int) (row.getLong("stream_version") - expectedVersion - 1)] = row.getLong("global_position");
                    }
                    List<RecordedEvent> recorded = new ArrayList<>();
                    for (int i = 0; i < events.size(); i++) {
                        NewEvent event = events.get(i);
                        recorded.add(new RecordedEvent(transaction, positions[i], streamId, expectedVersion + i + 1, ids.get(i),
                                event.type(), event.schemaVersion(), event.data(), metadata.correlationId(),
                                metadata.causationId(), metadata.actor(), now, metadata.traceParent()));
                    }
                    Transaction.of(tx).afterCommit(committedAppends::committed);
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
                .addValue(OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).addValue(metadata.traceParent());
    }

    private static boolean isVersionClash(PgException e) {
        return UNIQUE_VIOLATION.equals(e.getSqlState()) && "events_stream_version_key".equals(e.getConstraint());
    }

    private static List<RecordedEvent> toEvents(RowSet<Row> rows) {
        List<RecordedEvent> events = new ArrayList<>();
        rows.forEach(row -> events.add(toEvent(row)));
        return events;
    }

    private static RecordedEvent toEvent(Row row) {
        return new RecordedEvent(
                row.getLong("tx_id"),
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
                row.getOffsetDateTime("recorded_at").toInstant(),
                row.getString("trace_parent"));
    }
}
