package ca.imp.contract.inspection;

/**
 * What offer-service records and publishes about an inspection of an employer, on {@link ca.imp.contract.Topics#OFFERS}
 * keyed by the inspection id: an inspection is one stream of its own, not an offer's. Every event names the employer,
 * so that a consumer attributes it without keeping the inspection's state.
 */
public sealed interface InspectionEvent permits InspectionNoticed, PreliminaryFindingSent, PreliminaryFindingAnswered,
        DeterminationRendered, PenaltyPaid {
    String inspectionId();

    String businessNumber();
}
