-- The employers' list of their inspections (issue 14, item 4): one row per inspection, written with each change to it;
-- the inspection itself is its stream in the event store. The version leaves V4 and the next ones to the other
-- parts of issue 14 that land at the same time.
CREATE TABLE inspection_summary (
    inspection_id   TEXT PRIMARY KEY,
    business_number TEXT NOT NULL,
    notice_date     DATE NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX inspection_summary_by_employer ON inspection_summary (business_number, notice_date DESC, inspection_id);
