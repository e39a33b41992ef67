-- A revoked feed is kept, marked revoked, instead of deleted: its address stops working at once as before, and
-- revoking it again answers as the first revocation did (204) instead of 404 calendar-feed-not-found.
ALTER TABLE calendar_feeds ADD COLUMN IF NOT EXISTS revoked_at timestamptz;
