-- An ended offer's summary said INVALIDATED; it now says what ended it (docs/api-style.md, one offer status
-- vocabulary): the outcome of the decision that invalidated it, or WITHDRAWN when its employer withdrew it.
-- The row does not say which, so the offer's own events do: the last ending event of its stream, as the offer's
-- state folds them. Every summary is written in the transaction of the event that changed it, so an ended offer
-- always has one; a row without one (none is expected) is left to read as withdrawn, the ending that needs no decision.
UPDATE offer_summary s
SET status = coalesce((SELECT CASE e.event_type WHEN 'OfferWithdrawn' THEN 'WITHDRAWN' ELSE e.data ->> 'outcome' END
                       FROM events e
                       WHERE e.stream_id = s.offer_number AND e.event_type IN ('OfferInvalidated', 'OfferWithdrawn')
                       ORDER BY e.stream_version DESC
                       LIMIT 1), 'WITHDRAWN')
WHERE s.status = 'INVALIDATED';
