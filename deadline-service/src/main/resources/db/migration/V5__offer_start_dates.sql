-- What an offer's compliance deadlines are scheduled from, learnt from offer-service's events: the first day of work
-- the offer planned (OfferSubmitted's job start date), from which an approval counts the worker's rights information
-- until the first day of employment is recorded, and the compliance evidence recorded on the offer
-- (ComplianceEvidenceRecorded), so that a deadline scheduled after its evidence arrived is scheduled met. Rows are
-- only added: offer-service records one piece of evidence per obligation and offer.
CREATE TABLE IF NOT EXISTS offer_start_dates (
    offer_number text PRIMARY KEY,
    planned_on   date NOT NULL
);

CREATE TABLE IF NOT EXISTS offer_evidence (
    offer_number text NOT NULL,
    obligation   text NOT NULL,
    reference    text NOT NULL,
    document_on  date NOT NULL,
    note         text,
    PRIMARY KEY (offer_number, obligation)
);
