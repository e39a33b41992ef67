-- The W3C trace context (a traceparent) active when the events were appended: the REST request's span, or the span of
-- the consumer that handled the event which caused them. The relay sends it on as the records' traceparent header, so
-- that one decision is one trace across the services. Null for events appended outside any trace (and before 0.11).
ALTER TABLE events ADD COLUMN IF NOT EXISTS trace_parent text;
