-- The day offer-service recorded each offer's submission, so that no application is dated before its offer.
-- An offer known before this column has none, and no application is held to it (offers/OfferStanding).
ALTER TABLE known_offers ADD COLUMN IF NOT EXISTS submitted_on date;
