-- The last day of the permit approved with an offer (issue 14 item 6), so that the employer's compliance overview
-- selects its active workers' offers (approved, the permit not yet ended) without loading every approved offer's
-- stream. Offers approved before offer-service was told the permit's end keep it null: their events never held it.
-- The version is the one issue 14's parts assigned to the overview.
ALTER TABLE offer_summary ADD COLUMN permit_expires_on DATE;

CREATE INDEX offer_summary_active ON offer_summary (business_number, status, permit_expires_on);
