package ca.imp.decisionservice.offers;

import java.time.LocalDate;

import ca.imp.contract.decision.DecisionOutcome;

/**
 * What decision-service knows of an offer from offer-service's events: whether it exists, whether
 * its fee is settled (paid or exempt), and whether it was withdrawn or invalidated. Each fact only
 * ever turns true, so the standing is the same whatever order, and however often, the events came.
 *
 * @param invalidation the decision that ended the number, as offer-service reported it; null if none
 */
public record OfferStanding(String offerNumber, boolean submitted, boolean feeSettled, boolean withdrawn,
                            Invalidation invalidation) {

    public enum Status { UNKNOWN, AWAITING_FEE, READY, WITHDRAWN, INVALIDATED }

    public record Invalidation(String applicationId, DecisionOutcome outcome, LocalDate decisionDate) {
    }

    public static OfferStanding unknown(String offerNumber) {
        return new OfferStanding(offerNumber, false, false, false, null);
    }

    public Status status() {
        if (invalidation != null) {
            return Status.INVALIDATED;
        }
        if (withdrawn) {
            return Status.WITHDRAWN;
        }
        if (!submitted) {
            return Status.UNKNOWN;
        }
        return feeSettled ? Status.READY : Status.AWAITING_FEE;
    }
}
