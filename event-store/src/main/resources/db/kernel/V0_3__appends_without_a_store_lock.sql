-- Appends without a store-wide lock (issue 12): positions come from a sequence, so two transactions
-- append at once and may commit out of position order. What orders the log for its readers is then
-- (tx_id, global_position): the appending transaction's id, then its position. Every transaction
-- below a snapshot's xmin has ended and every new one gets a larger id, so the part of the log below
-- xmin only ever grows at its end; a reader that reads only there, in that order, and checkpoints the
-- pair, never skips an event (EventStore, CatchUpSubscription).
-- The rows already stored were all committed in position order under the old lock: they get tx_id 0,
-- which keeps them first and in position order; so does every checkpoint already saved.
CREATE SEQUENCE events_global_position_seq OWNED BY events.global_position;
SELECT setval('events_global_position_seq', coalesce(max(global_position), 0) + 1, false) FROM events;
ALTER TABLE events ALTER COLUMN global_position SET DEFAULT nextval('events_global_position_seq');
ALTER TABLE events ADD COLUMN tx_id xid8 NOT NULL DEFAULT '0';
ALTER TABLE events ALTER COLUMN tx_id SET DEFAULT pg_current_xact_id();
CREATE INDEX events_read_order ON events (tx_id, global_position);
ALTER TABLE checkpoints ADD COLUMN tx_id xid8 NOT NULL DEFAULT '0';
