-- The kernel's tables as the start-up code of the previous release created them (IF NOT EXISTS as it
-- had it, so that a database that code created is left as it is): the event log, the relay and
-- projection checkpoints, the inbox of consumed event ids, and what operators must look at, the
-- events a catch-up subscription parked and the records a consumer dead-lettered.
-- The kernel's versions are 0.n, below every service's; see docs/architecture.md, "Schema migrations".
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
-- The outbox relay's checkpoint exists from the start, so that claiming it never waits on an insert.
INSERT INTO checkpoints (name, position) VALUES ('kafka-relay', 0) ON CONFLICT (name) DO NOTHING;
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
