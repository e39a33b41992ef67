-- Reminders by email (reminders/). Each employer's reminder recipients: their addresses are personal data, so the list
-- is sealed with a data key of its own, kept only wrapped by the master key (privacy/EmployerDataSeal); deleting the
-- row erases it. The version is issue 15's item 4, apart from the other parts' migrations.
CREATE TABLE reminder_recipient_lists (
    business_number text PRIMARY KEY,
    ciphertext      bytea       NOT NULL,
    master_key_id   text        NOT NULL,
    wrapped_key     bytea       NOT NULL,
    changed_at      timestamptz NOT NULL,
    changed_by      text        NOT NULL
);

-- What a mail says of each deadline beside what its reminder carries (whose it is, its basis), as the reminders'
-- consumer heard it on imp.deadlines before the reminder itself (the same key, so the same partition, in order): its own
-- copy rather than deadlines/' table, which another consumer group writes at its own pace.
CREATE TABLE reminder_deadlines (
    deadline_id     uuid PRIMARY KEY,
    offer_number    text,
    inspection_id   text,
    business_number text,
    basis           text,
    source          text
);

-- One mail per reminder (or elapse) and recipient, written in the transaction that claims the event in the inbox, then
-- sent by the sender, which claims PENDING rows (SKIP LOCKED), sends and marks them. The recipient is a reference
-- (the offer's employer contact, or one entry of the employer's list), never an address: the address is read, and
-- decrypted, only to send. What the mail says of the deadline is kept here as deadline-service said it.
CREATE TABLE reminder_mails (
    event_id        uuid        NOT NULL,
    recipient       text        NOT NULL,
    business_number text        NOT NULL,
    deadline_id     uuid        NOT NULL,
    offer_number    text,
    inspection_id   text,
    kind            text        NOT NULL,
    due_date        date        NOT NULL,
    days_before     integer,
    basis           text,
    source          text,
    state           text        NOT NULL,
    queued_at       timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    settled_at      timestamptz,
    attempts        integer     NOT NULL DEFAULT 0,
    last_failure    text,
    PRIMARY KEY (event_id, recipient),
    -- SENT: handed to the SMTP server; NO_ADDRESS: the contact was erased or the address left the list before it was
    -- sent; FAILED: the server refused it every time it was tried
    CHECK (state IN ('PENDING', 'SENT', 'NO_ADDRESS', 'FAILED'))
);

CREATE INDEX reminder_mails_pending ON reminder_mails (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX reminder_mails_of_employer ON reminder_mails (business_number, queued_at);
