-- offer-service's own tables as the start-up code of the previous release created them (IF NOT EXISTS
-- as it had it, so that a database that code created is left as it is); the kernel's come from db/kernel.

-- One row per offer with what the employer views list and total (employer/OfferSummaries).
CREATE TABLE IF NOT EXISTS offer_summary (
    offer_number        text PRIMARY KEY,
    business_number     text          NOT NULL,
    status              text          NOT NULL,
    job_title           text          NOT NULL,
    start_date          date          NOT NULL,
    exemption_code      text          NOT NULL,
    application_id      text,
    fee_status          text          NOT NULL,
    fee_due             numeric(12,2) NOT NULL,
    currency            text          NOT NULL,
    fee_paid_on         date,
    refund_owed         numeric(12,2),
    refund_follow_up_on date,
    refunded_on         date,
    replaces            text,
    resubmitted_as      text,
    submitted_at        timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS offer_summary_employer ON offer_summary (business_number, submitted_at);

-- The Idempotency-Key of each offer submission, per employer (idempotency/IdempotencyKeys): a table of its
-- own, not the former one keyed by the key alone, whose rows name no employer.
CREATE TABLE IF NOT EXISTS employer_idempotency_keys (
    business_number text        NOT NULL,
    key             text        NOT NULL,
    fingerprint     text        NOT NULL,
    offer_number    text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (business_number, key)
);

-- Each offer's personal data, sealed with a key of its own, and every read of it (privacy/PersonalDataVault).
-- retention_check_on null: nothing can change the record's retention.
CREATE TABLE IF NOT EXISTS personal_data_records (
    offer_number       text PRIMARY KEY,
    ciphertext         bytea,
    kept_at            timestamptz,
    retention_check_on date,
    erased_at          timestamptz,
    erased_by          text
);
CREATE INDEX IF NOT EXISTS personal_data_records_retention_due ON personal_data_records (retention_check_on)
    WHERE erased_at IS NULL;
CREATE TABLE IF NOT EXISTS personal_data_keys (
    offer_number  text PRIMARY KEY REFERENCES personal_data_records (offer_number),
    master_key_id text  NOT NULL,
    wrapped_key   bytea NOT NULL
);
CREATE TABLE IF NOT EXISTS personal_data_reads (
    id           bigserial PRIMARY KEY,
    offer_number text        NOT NULL,
    reader       text        NOT NULL,
    role         text        NOT NULL,
    read_at      timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS personal_data_reads_offer ON personal_data_reads (offer_number, id);
CREATE INDEX IF NOT EXISTS personal_data_reads_reader ON personal_data_reads (reader, id);
