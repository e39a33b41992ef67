-- Some rows as the previous release wrote them: an offer's event (already relayed), an inbox entry, the
-- offer's summary, its idempotency key, and its personal data with its key and one read; and two ended offers
-- of another employer, one refused and one withdrawn, whose summaries say INVALIDATED as that release wrote it.
INSERT INTO events (global_position, stream_id, stream_version, event_id, event_type, schema_version, data, correlation_id,
                    causation_id, actor, recorded_at)
VALUES (1, 'A1234567', 1, '5b0e6c1e-4d0b-4a53-9d51-0a6f1c2b7e01', 'OfferSubmitted', 1, '{"offerNumber": "A1234567"}',
        NULL, NULL, 'employer:123456789', '2026-10-01T14:00:00Z');
INSERT INTO events (global_position, stream_id, stream_version, event_id, event_type, schema_version, data, correlation_id,
                    causation_id, actor, recorded_at)
VALUES (2, 'A2345678', 1, '5b0e6c1e-4d0b-4a53-9d51-0a6f1c2b7e02', 'OfferSubmitted', 1, '{"offerNumber": "A2345678"}',
        NULL, NULL, 'employer:987654321', '2026-10-01T15:00:00Z'),
       (3, 'A2345678', 2, '5b0e6c1e-4d0b-4a53-9d51-0a6f1c2b7e03', 'OfferInvalidated', 1,
        '{"offerNumber": "A2345678", "applicationId": "A2345678-1", "outcome": "REFUSED"}',
        NULL, NULL, 'service:decision-service', '2026-10-05T15:00:00Z'),
       (4, 'A3456789', 1, '5b0e6c1e-4d0b-4a53-9d51-0a6f1c2b7e04', 'OfferSubmitted', 1, '{"offerNumber": "A3456789"}',
        NULL, NULL, 'employer:987654321', '2026-10-01T16:00:00Z'),
       (5, 'A3456789', 2, '5b0e6c1e-4d0b-4a53-9d51-0a6f1c2b7e05', 'OfferWithdrawn', 1,
        '{"offerNumber": "A3456789", "reason": "The position was filled."}',
        NULL, NULL, 'employer:987654321', '2026-10-06T16:00:00Z');
UPDATE checkpoints SET position = 5 WHERE name = 'kafka-relay';
INSERT INTO inbox (consumer, event_id, processed_at)
VALUES ('offer-service.decisions', '0c8f2a4e-1b7d-4f7e-8c55-3d2e9a6b4f02', '2026-10-02T09:30:00Z');
INSERT INTO offer_summary (offer_number, business_number, status, job_title, start_date, exemption_code, application_id,
                           fee_status, fee_due, currency, submitted_at)
VALUES ('A1234567', '123456789', 'AWAITING_FEE', 'Welder', '2027-01-04', 'C10', NULL, 'DUE', 230.00, 'CAD',
        '2026-10-01T14:00:00Z'),
       ('A2345678', '987654321', 'INVALIDATED', 'Cook', '2027-01-04', 'C10', 'A2345678-1', 'REFUND_OWED', 230.00, 'CAD',
        '2026-10-01T15:00:00Z'),
       ('A3456789', '987654321', 'INVALIDATED', 'Baker', '2027-01-04', 'C10', NULL, 'DUE', 230.00, 'CAD',
        '2026-10-01T16:00:00Z');
INSERT INTO employer_idempotency_keys (business_number, key, fingerprint, offer_number, created_at)
VALUES ('123456789', 'submit-welder-1', 'f1ngerpr1nt', 'A1234567', '2026-10-01T14:00:00Z');
INSERT INTO personal_data_records (offer_number, ciphertext, kept_at, retention_check_on)
VALUES ('A1234567', '\x0102030405', '2026-10-01T14:00:00Z', '2026-10-01');
INSERT INTO personal_data_keys (offer_number, master_key_id, wrapped_key) VALUES ('A1234567', 'test', '\x0a0b0c');
INSERT INTO personal_data_reads (offer_number, reader, role, read_at)
VALUES ('A1234567', 'officer-7', 'officer', '2026-10-03T11:00:00Z');
