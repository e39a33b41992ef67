-- The Idempotency-Key of every command that creates or changes something, in every service
-- (idempotency/IdempotencyKeys). A key is its scope's own (an employer, or the caller for officers,
-- partners and operators), so the primary key is the scope and the key. A creation's key names what
-- it created (its id and address), so that a retry answers that resource; a change's names nothing.
-- Keys are kept: nothing prunes them, so "at least 24 hours" holds for ever.

-- A table of this name from before keys were scoped (offer-service's, keyed by the key alone and
-- abandoned since) is kept aside under another name rather than dropped with its rows.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'idempotency_keys')
       AND NOT EXISTS (SELECT 1 FROM information_schema.columns
                       WHERE table_schema = current_schema() AND table_name = 'idempotency_keys' AND column_name = 'scope') THEN
        ALTER TABLE idempotency_keys RENAME TO idempotency_keys_unscoped;
    END IF;
END
$$;

CREATE TABLE idempotency_keys (
    scope       text        NOT NULL,
    key         text        NOT NULL,
    operation   text        NOT NULL,
    fingerprint text        NOT NULL,
    resource    text,
    location    text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
