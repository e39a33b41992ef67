-- A timer whose firing fails for a reason of its own (not the database or Kafka away) is tried a few times, then parked
-- (state PARKED) with the reason, so that the firing moves on to the next due timer; an operator fires it again once the
-- cause is fixed (/ops/parked-timers). attempts counts the failed firings since it was last planned or retried.
ALTER TABLE deadline_timers ADD COLUMN IF NOT EXISTS attempts int NOT NULL DEFAULT 0;
ALTER TABLE deadline_timers ADD COLUMN IF NOT EXISTS reason text;
CREATE INDEX IF NOT EXISTS deadline_timers_parked ON deadline_timers (settled_at) WHERE state = 'PARKED';
