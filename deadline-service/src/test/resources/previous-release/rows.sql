-- Some rows as the previous release wrote them: a deadline's event (relayed and projected), an inbox
-- entry, the deadline in the view with its offer's employer, a timer that fired, and a calendar feed.
INSERT INTO events (global_position, stream_id, stream_version, event_id, event_type, schema_version, data, correlation_id,
                    causation_id, actor, recorded_at)
VALUES (1, 'A1234567', 1, '3f9a1c7e-2b4d-4e6f-8a0b-9c1d2e3f4a05', 'DeadlineScheduled', 1,
        '{"deadlineId": "6e2b8f4a-1c3d-4b5e-9f70-8a1b2c3d4e06", "offerNumber": "A1234567"}', NULL, NULL,
        'system:deadline-service', '2026-10-06T15:00:00Z');
UPDATE checkpoints SET position = 1 WHERE name = 'kafka-relay';
INSERT INTO checkpoints (name, position) VALUES ('deadline-view', 1), ('deadline-timers', 1);
INSERT INTO inbox (consumer, event_id, processed_at)
VALUES ('deadline-service.decisions', '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c07', '2026-10-06T15:00:00Z');
INSERT INTO deadline_view (deadline_id, offer_number, application_id, kind, status, start_date, due_date, basis, source,
                           warnings, met_on)
VALUES ('6e2b8f4a-1c3d-4b5e-9f70-8a1b2c3d4e06', 'A1234567', 'W123456789', 'JUDICIAL_REVIEW_LEAVE', 'OPEN', '2026-10-06',
        '2026-10-21', '15 days after the decision was communicated', 'IRPA s. 72(2)(b)', NULL, NULL);
INSERT INTO offer_employers (offer_number, business_number, legal_name) VALUES ('A1234567', '123456789', 'Soudure Laval inc.');
INSERT INTO deadline_timers (deadline_id, timer, offer_number, kind, days_before, fire_at, state, settled_at)
VALUES ('6e2b8f4a-1c3d-4b5e-9f70-8a1b2c3d4e06', 'reminder-7', 'A1234567', 'REMINDER', 7, '2026-10-14T13:00:00Z', 'FIRED',
        '2026-10-14T13:00:01Z');
INSERT INTO calendar_feeds (feed_id, business_number, secret_sha256, created_at, created_by)
VALUES ('4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b08', '123456789',
        'a3f1c5e7d9b2a4c6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3', '2026-10-07T10:00:00Z', 'employer:123456789');
