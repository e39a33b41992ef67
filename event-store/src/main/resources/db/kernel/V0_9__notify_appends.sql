-- Wakes the relay and the catch-up subscriptions the moment events commit instead of at their next poll.
-- A trigger rather than a statement in the append: the append keeps its round trips, and PostgreSQL delivers
-- the notification on commit only, folding every notification of one transaction into one.
-- Numbered after the kernel's other tables so it follows any change to the events table made before it.
CREATE FUNCTION notify_events_appended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('events_appended', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER events_appended AFTER INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION notify_events_appended();
