-- decision-service's own tables as the start-up code of the previous release created them (IF NOT EXISTS
-- as it had it, so that a database that code created is left as it is); the kernel's come from db/kernel.

-- decision-service's own view of offers, kept from offer-service's events (offers/KnownOffers).
CREATE TABLE IF NOT EXISTS known_offers (
    offer_number        text    PRIMARY KEY,
    employer            text,
    submitted           boolean NOT NULL DEFAULT false,
    fee_settled         boolean NOT NULL DEFAULT false,
    withdrawn           boolean NOT NULL DEFAULT false,
    invalidated_by      text,
    invalidated_outcome text,
    invalidated_on      date
);
-- A view kept before it recorded employers gains the column; its older offers stay no employer's (OfferStanding).
ALTER TABLE known_offers ADD COLUMN IF NOT EXISTS employer text;

-- Who filed each ATIP request, by name: personal data, so outside the event log (application/GcmsRequesters).
CREATE TABLE IF NOT EXISTS gcms_requesters (
    request_id text PRIMARY KEY,
    name       text NOT NULL
);
