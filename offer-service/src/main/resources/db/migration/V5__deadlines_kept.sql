-- The deadlines deadline-service counts and publishes on imp.deadlines, as offer-service keeps them for the inspection
-- pack and the employer's views (deadlines/DeadlinesConsumer): one row per deadline, written by the consumer in the
-- transaction that claims the event in the inbox. An offer's deadline names its offer (its employer is the offer's);
-- an inspection's names the inspection and the employer instead. The version is the one issue 14's parts left to it.
CREATE TABLE deadline (
    deadline_id     uuid PRIMARY KEY,
    offer_number    text,
    inspection_id   text,
    business_number text,
    kind            text    NOT NULL,
    start_date      date,
    due_date        date    NOT NULL,
    basis           text,
    source          text,
    provisional     boolean NOT NULL,
    status          text    NOT NULL,
    met_on          date,
    met_note        text,
    CHECK (offer_number IS NOT NULL OR (inspection_id IS NOT NULL AND business_number IS NOT NULL))
);

CREATE INDEX deadline_of_offer ON deadline (offer_number, due_date) WHERE offer_number IS NOT NULL;
CREATE INDEX deadline_of_inspected_employer ON deadline (business_number, due_date) WHERE business_number IS NOT NULL;
