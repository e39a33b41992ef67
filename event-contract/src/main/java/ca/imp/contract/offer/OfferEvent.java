package ca.imp.contract.offer;

/** What offer-service records and publishes on {@link ca.imp.contract.Topics#OFFERS}, keyed by offer number. */
public sealed interface OfferEvent permits OfferSubmitted, FeeExemptionApplied, FeeExemptionClaimed, FeePaid, ApplicationLinked,
        ApplicationReturned, OfferWithdrawn, OfferInvalidated, FeeRefundOwed, FeeRefunded, OfferResubmitted,
        EmploymentStarted, ComplianceEvidenceRecorded, EmploymentChanged, OfferExtended {
    String offerNumber();
}
