-- The services notify each other of committed appends themselves, after the commit (AppendNotifications): a
-- notification sent inside the appending transaction, as this trigger did, made every appending commit on the server
-- wait for PostgreSQL's one notification lock in turn, which halved the rate of offer-shaped transactions.
DROP TRIGGER IF EXISTS events_appended ON events;
DROP FUNCTION IF EXISTS notify_events_appended();
