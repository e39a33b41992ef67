-- The schema of the previous release, before Flyway: what its start-up code created (the kernel's
-- CREATE TABLE IF NOT EXISTS, the service's start-up observers and, in deadline-service, Hibernate's
-- schema update), dumped from a database that release had just created, with the relay's checkpoint
-- that code seeded. No Flyway history: that release kept none. Restored by the schema tests.
CREATE SEQUENCE dead_letters_id_seq;
CREATE SEQUENCE parked_events_id_seq;
CREATE SEQUENCE personal_data_reads_id_seq;
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
CREATE TABLE employer_idempotency_keys (
    business_number text NOT NULL,
    key text NOT NULL,
    fingerprint text NOT NULL,
    offer_number text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
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
CREATE TABLE offer_summary (
    offer_number text NOT NULL,
    business_number text NOT NULL,
    status text NOT NULL,
    job_title text NOT NULL,
    start_date date NOT NULL,
    exemption_code text NOT NULL,
    application_id text,
    fee_status text NOT NULL,
    fee_due numeric(12,2) NOT NULL,
    currency text NOT NULL,
    fee_paid_on date,
    refund_owed numeric(12,2),
    refund_follow_up_on date,
    refunded_on date,
    replaces text,
    resubmitted_as text,
    submitted_at timestamp with time zone DEFAULT now() NOT NULL
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
CREATE TABLE personal_data_keys (
    offer_number text NOT NULL,
    master_key_id text NOT NULL,
    wrapped_key bytea NOT NULL
);
CREATE TABLE personal_data_reads (
    id bigint DEFAULT nextval('personal_data_reads_id_seq'::regclass) NOT NULL,
    offer_number text NOT NULL,
    reader text NOT NULL,
    role text NOT NULL,
    read_at timestamp with time zone NOT NULL
);
CREATE TABLE personal_data_records (
    offer_number text NOT NULL,
    ciphertext bytea,
    kept_at timestamp with time zone,
    retention_check_on date,
    erased_at timestamp with time zone,
    erased_by text
);
ALTER SEQUENCE dead_letters_id_seq OWNED BY dead_letters.id;
ALTER SEQUENCE parked_events_id_seq OWNED BY parked_events.id;
ALTER SEQUENCE personal_data_reads_id_seq OWNED BY personal_data_reads.id;
ALTER TABLE ONLY checkpoints ADD CONSTRAINT checkpoints_pkey PRIMARY KEY (name);
ALTER TABLE ONLY dead_letters ADD CONSTRAINT dead_letters_pkey PRIMARY KEY (id);
ALTER TABLE ONLY dead_letters ADD CONSTRAINT dead_letters_record_key UNIQUE (consumer, topic, kafka_partition, kafka_offset);
ALTER TABLE ONLY employer_idempotency_keys ADD CONSTRAINT employer_idempotency_keys_pkey PRIMARY KEY (business_number, key);
ALTER TABLE ONLY events ADD CONSTRAINT events_event_id_key UNIQUE (event_id);
ALTER TABLE ONLY events ADD CONSTRAINT events_pkey PRIMARY KEY (global_position);
ALTER TABLE ONLY events ADD CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version);
ALTER TABLE ONLY inbox ADD CONSTRAINT inbox_pkey PRIMARY KEY (consumer, event_id);
ALTER TABLE ONLY offer_summary ADD CONSTRAINT offer_summary_pkey PRIMARY KEY (offer_number);
ALTER TABLE ONLY parked_events ADD CONSTRAINT parked_events_pkey PRIMARY KEY (id);
ALTER TABLE ONLY parked_events ADD CONSTRAINT parked_events_position_key UNIQUE (subscription, global_position);
ALTER TABLE ONLY personal_data_keys ADD CONSTRAINT personal_data_keys_pkey PRIMARY KEY (offer_number);
ALTER TABLE ONLY personal_data_reads ADD CONSTRAINT personal_data_reads_pkey PRIMARY KEY (id);
ALTER TABLE ONLY personal_data_records ADD CONSTRAINT personal_data_records_pkey PRIMARY KEY (offer_number);
CREATE INDEX offer_summary_employer ON public.offer_summary USING btree (business_number, submitted_at);
CREATE INDEX personal_data_reads_offer ON public.personal_data_reads USING btree (offer_number, id);
CREATE INDEX personal_data_reads_reader ON public.personal_data_reads USING btree (reader, id);
CREATE INDEX personal_data_records_retention_due ON public.personal_data_records USING btree (retention_check_on) WHERE (erased_at IS NULL);
ALTER TABLE ONLY personal_data_keys ADD CONSTRAINT personal_data_keys_offer_number_fkey FOREIGN KEY (offer_number) REFERENCES personal_data_records(offer_number);
INSERT INTO checkpoints VALUES ('kafka-relay', 0);
