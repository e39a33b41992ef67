-- The schema of the previous release, before Flyway: what its start-up code created (the kernel's
-- CREATE TABLE IF NOT EXISTS, the service's start-up observers and, in deadline-service, Hibernate's
-- schema update), dumped from a database that release had just created, with the relay's checkpoint
-- that code seeded. No Flyway history: that release kept none. Restored by the schema tests.
CREATE SEQUENCE dead_letters_id_seq;
CREATE SEQUENCE parked_events_id_seq;
CREATE TABLE checkpoints (
    name text NOT NULL,
    position bigint NOT NULL
);
CREATE TABLE dead_letters (
    id bigint DEFAULT nextval('dead_letters_id_seq'::regclass) NOT NULL,
    consumer text NOT NULL,
    topic text NOT NULL,
    kafka_partition integer NOT NULL,
    kafka_offset bigint NOT NULL,
    record_key text,
    headers jsonb NOT NULL,
    value text,
    event_id uuid,
    event_type text,
    reason text NOT NULL,
    attempts integer NOT NULL,
    first_seen timestamp with time zone DEFAULT now() NOT NULL,
    last_seen timestamp with time zone DEFAULT now() NOT NULL
);
CREATE TABLE events (
    global_position bigint NOT NULL,
    stream_id text NOT NULL,
    stream_version bigint NOT NULL,
    event_id uuid NOT NULL,
    event_type text NOT NULL,
    schema_version integer NOT NULL,
    data jsonb NOT NULL,
    correlation_id uuid,
    causation_id uuid,
    actor text NOT NULL,
    recorded_at timestamp with time zone NOT NULL
);
CREATE TABLE gcms_requesters (
    request_id text NOT NULL,
    name text NOT NULL
);
CREATE TABLE inbox (
    consumer text NOT NULL,
    event_id uuid NOT NULL,
    processed_at timestamp with time zone DEFAULT now() NOT NULL
);
CREATE TABLE known_offers (
    offer_number text NOT NULL,
    employer text,
    submitted boolean DEFAULT false NOT NULL,
    fee_settled boolean DEFAULT false NOT NULL,
    withdrawn boolean DEFAULT false NOT NULL,
    invalidated_by text,
    invalidated_outcome text,
    invalidated_on date
);
CREATE TABLE parked_events (
    id bigint DEFAULT nextval('parked_events_id_seq'::regclass) NOT NULL,
    subscription text NOT NULL,
    global_position bigint NOT NULL,
    event_id uuid NOT NULL,
    event_type text NOT NULL,
    reason text NOT NULL,
    attempts integer NOT NULL,
    first_seen timestamp with time zone DEFAULT now() NOT NULL,
    last_seen timestamp with time zone DEFAULT now() NOT NULL
);
ALTER SEQUENCE dead_letters_id_seq OWNED BY dead_letters.id;
ALTER SEQUENCE parked_events_id_seq OWNED BY parked_events.id;
ALTER TABLE ONLY checkpoints ADD CONSTRAINT checkpoints_pkey PRIMARY KEY (name);
ALTER TABLE ONLY dead_letters ADD CONSTRAINT dead_letters_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dead_letters ADD CONSTRAINT dead_letters_record_key UNIQUE (consumer, topic, kafka_partition, kafka_offset);
ALTER TABLE ONLY events ADD CONSTRAINT events_event_id_key UNIQUE (event_id);
ALTER TABLE ONLY events ADD CONSTRAINT events_pkey PRIMARY KEY (global_position);
ALTER TABLE ONLY events ADD CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version);
ALTER TABLE ONLY gcms_requesters ADD CONSTRAINT gcms_requesters_pkey PRIMARY KEY (request_id);
ALTER TABLE ONLY inbox ADD CONSTRAINT inbox_pkey PRIMARY KEY (consumer, event_id);
ALTER TABLE ONLY known_offers ADD CONSTRAINT known_offers_pkey PRIMARY KEY (offer_number);
ALTER TABLE ONLY parked_events ADD CONSTRAINT parked_events_pkey PRIMARY KEY (id);
ALTER TABLE ONLY parked_events ADD CONSTRAINT parked_events_position_key UNIQUE (subscription, global_position);
INSERT INTO checkpoints VALUES ('kafka-relay', 0);
