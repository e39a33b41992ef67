-- Groups of offers submitted together, all or none, to share a capped fee (group/OfferGroups): written in the
-- transaction that submits the offers, each of which names its group in its OfferSubmitted.
CREATE TABLE offer_group (
    group_id        text PRIMARY KEY,
    business_number text          NOT NULL,
    kind            text          NOT NULL,
    offer_numbers   text[]        NOT NULL,
    total_fee       numeric(12,2) NOT NULL,
    currency        text          NOT NULL,
    submitted_on    date          NOT NULL
);
