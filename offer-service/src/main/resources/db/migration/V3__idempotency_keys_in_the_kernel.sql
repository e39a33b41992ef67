-- The Idempotency-Keys of offer submissions move to the kernel's idempotency_keys, where every POST of
-- every service keeps its keys: scoped to the employer as they were, for the operation submitOffer, with
-- the fingerprint unchanged (the kernel fingerprints an offer's body as this service did), and naming the
-- offer each created and its address, so that a retry sent across the upgrade still replays that offer.
INSERT INTO idempotency_keys (scope, key, operation, fingerprint, resource, location, created_at)
SELECT 'employer:' || business_number, key, 'submitOffer', fingerprint, offer_number, '/offers/' || offer_number, created_at
FROM employer_idempotency_keys
ON CONFLICT (scope, key) DO NOTHING;

DROP TABLE employer_idempotency_keys;
