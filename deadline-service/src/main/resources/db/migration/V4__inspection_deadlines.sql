-- A deadline of an inspection of an employer (the documents the notice asks for, the response to a preliminary
-- finding, the payment of a penalty) belongs to no offer or application: it names the inspection and the inspected
-- employer instead, whom GET /deadlines shows it to. Every deadline before belonged to an offer, so both new columns
-- are null in the rows there are.
ALTER TABLE deadline_view ALTER COLUMN offer_number DROP NOT NULL;
ALTER TABLE deadline_view ALTER COLUMN application_id DROP NOT NULL;
ALTER TABLE deadline_view ADD COLUMN IF NOT EXISTS inspection_id varchar(255);
ALTER TABLE deadline_view ADD COLUMN IF NOT EXISTS business_number varchar(255);
-- An employer's listing finds its inspections' deadlines by business number, as its offers' through offer_employers.
CREATE INDEX IF NOT EXISTS deadline_view_inspected_employer ON deadline_view (business_number, due_date)
    WHERE business_number IS NOT NULL;
CREATE INDEX IF NOT EXISTS deadline_view_inspection ON deadline_view (inspection_id, due_date)
    WHERE inspection_id IS NOT NULL;
-- deadline_timers.offer_number holds the stream the timer's deadline is decided on: an offer's number, or an
-- inspection's id for an inspection's deadline; no change is needed there.
