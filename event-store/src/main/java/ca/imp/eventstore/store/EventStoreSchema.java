package ca.imp.eventstore.store;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The tables of the kernel: the event log, the relay and projection checkpoints, the inbox
 * of consumed event ids, and what operators must look at: the events a catch-up subscription
 * parked and the records a consumer dead-lettered. Created idempotently at start-up; several
 * instances starting at once take turns through an advisory lock.
 */
public final class EventStoreSchema {
    /** The checkpoint of the outbox relay, created with the schema so that claiming it never waits on an insert. */
    public static final String RELAY_CHECKPOINT = "kafka-relay";
    private static final long SCHEMA_LOCK = 0x494D505F444444L;
    private static final String DDL = """
            CREATE TABLE IF NOT EXISTS events (
                global_position bigint PRIMARY KEY,
                stream_id       text        NOT NULL,
                stream_version  bigint      NOT NULL,
                event_id        uuid        NOT NULL UNIQUE,
                event_type      text        NOT NULL,
                schema_version  int         NOT NULL,
                data            jsonb       NOT NULL,
                correlation_id  uuid,
                causation_id    uuid,
                actor           text        NOT NULL,
                recorded_at     timestamptz NOT NULL,
                CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version)
            );
            CREATE TABLE IF NOT EXISTS checkpoints (
                name     text PRIMARY KEY,
                position bigint NOT NULL
            );
            INSERT INTO checkpoints (name, position) VALUES ('%s', 0) ON CONFLICT (name) DO NOTHING;
            CREATE TABLE IF NOT EXISTS inbox (
                consumer     text        NOT NULL,
                event_id     uuid        NOT NULL,
                processed_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (consumer, event_id)
            );
            CREATE TABLE IF NOT EXISTS parked_events (
                id              bigserial PRIMARY KEY,
                subscription    text        NOT NULL,
                global_position bigint      NOT NULL,
                event_id        uuid        NOT NULL,
                event_type      text        NOT NULL,
                reason          text        NOT NULL,
                attempts        int         NOT NULL,
                first_seen      timestamptz NOT NULL DEFAULT now(),
                last_seen       timestamptz NOT NULL DEFAULT now(),
                CONSTRAINT parked_events_position_key UNIQUE (subscription, global_position)
            );
            CREATE TABLE IF NOT EXISTS dead_letters (
                id              bigserial PRIMARY KEY,
                consumer        text        NOT NULL,
                topic           text        NOT NULL,
                kafka_partition int         NOT NULL,
                kafka_offset    bigint      NOT NULL,
                record_key      text,
                headers         jsonb       NOT NULL,
                value           text,
                event_id        uuid,
                event_type      text,
                reason          text        NOT NULL,
                attempts        int         NOT NULL,
                first_seen      timestamptz NOT NULL DEFAULT now(),
                last_seen       timestamptz NOT NULL DEFAULT now(),
                CONSTRAINT dead_letters_record_key UNIQUE (consumer, topic, kafka_partition, kafka_offset)
            );
            """.formatted(RELAY_CHECKPOINT);

    private EventStoreSchema() {
    }

    public static Uni<Void> create(Pool pool) {
        return pool.withTransaction(tx -> tx.query("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")").execute()
                .chain(() -> tx.query(DDL).execute())
                .replaceWithVoid());
    }
}
