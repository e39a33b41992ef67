-- Some rows as the previous release wrote them: an application's event (already relayed), an inbox entry,
-- the view of its offer, and the requester of a GCMS request.
INSERT INTO events (global_position, stream_id, stream_version, event_id, event_type, schema_version, data, correlation_id,
                    causation_id, actor, recorded_at)
VALUES (1, 'A1234567', 1, '7d1e0f52-9a3c-4b6e-8f21-5c4d3b2a1e03', 'ApplicationRegistered', 1,
        '{"applicationId": "W123456789", "offerNumber": "A1234567"}', NULL, NULL, 'officer:officer-7', '2026-10-05T13:00:00Z');
UPDATE checkpoints SET position = 1 WHERE name = 'kafka-relay';
INSERT INTO inbox (consumer, event_id, processed_at)
VALUES ('decision-service.offers', '2a6b9c3d-8e7f-4a1b-9c0d-1e2f3a4b5c04', '2026-10-01T14:00:02Z');
INSERT INTO known_offers (offer_number, employer, submitted, fee_settled, withdrawn)
VALUES ('A1234567', '123456789', true, true, false);
INSERT INTO gcms_requesters (request_id, name) VALUES ('W123456789-G1', 'Jordan Tremblay');
