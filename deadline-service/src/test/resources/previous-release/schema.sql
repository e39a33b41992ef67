-- The schema of the previous release, before Flyway: what its start-up code created (the kernel's
-- CREATE TABLE IF NOT EXISTS, the service's start-up observers and, in deadline-service, Hibernate's
-- schema update), dumped from a database that release had just created, with the relay's checkpoint
-- that code seeded. No Flyway history: that release kept none. Restored by the schema tests.
CREATE SEQUENCE dead_letters_id_seq;
CREATE SEQUENCE parked_events_id_seq;
CREATE TABLE calendar_feeds (
    feed_id uuid NOT NULL,
    business_number text NOT NULL,
    secret_sha256 text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by text NOT NULL,
    last_used_at timestamp with time zone
);
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
CREATE TABLE deadline_timers (
    deadline_id uuid NOT NULL,
    timer text NOT NULL,
    offer_number text NOT NULL,
    kind text NOT NULL,
    days_before integer NOT NULL,
    fire_at timestamp with time zone NOT NULL,
    state text DEFAULT 'PENDING'::text NOT NULL,
    settled_at timestamp with time zone
);
CREATE TABLE deadline_view (
    deadline_id uuid NOT NULL,
    application_id character varying(255) NOT NULL,
    basis character varying(4000) NOT NULL,
    due_date date NOT NULL,
    kind character varying(255) NOT NULL,
    met_on date,
    offer_number character varying(255) NOT NULL,
    source character varying(1000) NOT NULL,
    start_date date NOT NULL,
    status character varying(255) NOT NULL,
    warnings character varying(4000)
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
CREATE TABLE inbox (
    consumer text NOT NULL,
    event_id uuid NOT NULL,
    processed_at timestamp with time zone DEFAULT now() NOT NULL
);
CREATE TABLE offer_employers (
    offer_number character varying(255) NOT NULL,
    business_number character varying(255) NOT NULL,
    legal_name character varying(255) NOT NULL
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
ALTER TABLE ONLY calendar_feeds ADD CONSTRAINT calendar_feeds_pkey PRIMARY KEY (feed_id);
ALTER TABLE ONLY calendar_feeds ADD CONSTRAINT calendar_feeds_secret_sha256_key UNIQUE (secret_sha256);
ALTER TABLE ONLY checkpoints ADD CONSTRAINT checkpoints_pkey PRIMARY KEY (name);
ALTER TABLE ONLY dead_letters ADD CONSTRAINT dead_letters_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dead_letters ADD CONSTRAINT dead_letters_record_key UNIQUE (consumer, topic, kafka_partition, kafka_offset);
ALTER TABLE ONLY deadline_timers ADD CONSTRAINT deadline_timers_pkey PRIMARY KEY (deadline_id, timer);
ALTER TABLE ONLY deadline_view ADD CONSTRAINT deadline_view_pkey PRIMARY KEY (deadline_id);
ALTER TABLE ONLY events ADD CONSTRAINT events_event_id_key UNIQUE (event_id);
ALTER TABLE ONLY events ADD CONSTRAINT events_pkey PRIMARY KEY (global_position);
ALTER TABLE ONLY events ADD CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version);
ALTER TABLE ONLY inbox ADD CONSTRAINT inbox_pkey PRIMARY KEY (consumer, event_id);
ALTER TABLE ONLY offer_employers ADD CONSTRAINT offer_employers_pkey PRIMARY KEY (offer_number);
ALTER TABLE ONLY parked_events ADD CONSTRAINT parked_events_pkey PRIMARY KEY (id);
ALTER TABLE ONLY parked_events ADD CONSTRAINT parked_events_position_key UNIQUE (subscription, global_position);
CREATE INDEX calendar_feeds_by_employer ON public.calendar_feeds USING btree (business_number, created_at);
CREATE INDEX deadline_timers_due ON public.deadline_timers USING btree (fire_at) WHERE (state = 'PENDING'::text);
CREATE INDEX deadline_view_offer ON public.deadline_view USING btree (offer_number, due_date);
CREATE INDEX offer_employers_by_employer ON public.offer_employers USING btree (business_number);
INSERT INTO checkpoints VALUES ('kafka-relay', 0);
