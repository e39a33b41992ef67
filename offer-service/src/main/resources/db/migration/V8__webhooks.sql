-- Webhooks for partners without Kafka (issue 15, item 3; webhooks/): the endpoints employers register, one delivery
-- per event and endpoint, and every attempt at it. V8 follows V7 (the permit's expiry); V9 (reminder mails) follows it.
CREATE TABLE webhook_subscription (
    subscription_id                uuid PRIMARY KEY,
    business_number                text        NOT NULL,
    url                            text        NOT NULL,
    -- the contract's event names (OfferSubmitted, DecisionRendered, ...): a subscription follows a type across versions
    event_types                    text[]      NOT NULL,
    -- the signing secret (whsec_<base64>), sealed as an employer's data is (privacy/EmployerDataSeal): every delivery
    -- is signed with it, so it cannot be hashed, but a copy of the table alone does not give it away. Its own data
    -- key, kept only wrapped by the master key, is bound to the employer and this subscription.
    secret_ciphertext              bytea       NOT NULL,
    secret_master_key_id           text        NOT NULL,
    secret_wrapped_key             bytea       NOT NULL,
    -- the secret a rotation replaced, sealed the same way, still signed with until previous_secret_until
    previous_secret_ciphertext     bytea,
    previous_secret_master_key_id  text,
    previous_secret_wrapped_key    bytea,
    previous_secret_until          timestamptz,
    created_at                     timestamptz NOT NULL,
    created_by                     text        NOT NULL,
    stopped_at                     timestamptz
);

CREATE INDEX webhook_subscription_of_employer ON webhook_subscription (business_number, created_at);

-- One event for one subscription: the unique key is what keeps a redelivered event from being delivered twice.
-- While PENDING, next_attempt_at is when the worker takes it next (also the lease of an attempt under way).
CREATE TABLE webhook_delivery (
    delivery_id     uuid PRIMARY KEY,
    subscription_id uuid        NOT NULL REFERENCES webhook_subscription,
    event_id        uuid        NOT NULL,
    event_type      text        NOT NULL,
    body            text        NOT NULL,
    status          text        NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    created_at      timestamptz NOT NULL,
    UNIQUE (subscription_id, event_id),
    CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'STOPPED'))
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_of_subscription ON webhook_delivery (subscription_id, created_at DESC);

CREATE TABLE webhook_attempt (
    delivery_id  uuid        NOT NULL REFERENCES webhook_delivery,
    attempt      integer     NOT NULL,
    attempted_at timestamptz NOT NULL,
    status_code  integer,
    error        text,
    PRIMARY KEY (delivery_id, attempt)
);
