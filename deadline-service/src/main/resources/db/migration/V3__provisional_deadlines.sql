-- A deadline counted from a stand-in for its start until the start is known (record retention from the approval
-- until the first day of employment): GET /deadlines and the calendar say so. Every deadline before was counted
-- from its own start.
ALTER TABLE deadline_view ADD COLUMN IF NOT EXISTS provisional boolean NOT NULL DEFAULT false;
