package ca.imp.decisionservice.offers;

import java.time.LocalDate;

import ca.imp.access.Caller;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.OfferStatus;

/**
 * What decision-service knows of an offer from offer-service's events: whether it exists, whose it
 * is, whether its fee is settled (paid or exempt), and whether it was withdrawn or invalidated. Each
 * fact only ever turns true, so the standing is the same whatever order, and however often, the
 * events came.
 *
 * @param employer     the CRA business number of the employer who submitted the offer; null until its
 *                     OfferSubmitted arrives
 * @param submittedOn  the day offer-service recorded the offer's submission; null until its OfferSubmitted
 *                     arrives, and for an offer known here before this service kept the day
 * @param invalidation the decision that ended the number, as offer-service reported it; null if none
 */
public record OfferStanding(String offerNumber, String employer, boolean submitted, LocalDate submittedOn, boolean feeSettled,
                            boolean withdrawn, Invalidation invalidation) {

    public record Invalidation(String applicationId, DecisionOutcome outcome, LocalDate decisionDate) {
    }

    public static OfferStanding unknown(String offerNumber) {
        return new OfferStanding(offerNumber, null, false, null, false, false, null);
    }

    /**
     * In the vocabulary every service shows (docs/api-style.md): an ended offer reads as the outcome of the decision
     * that ended it, or WITHDRAWN when its employer withdrew it. Whether an application holds the offer is this
     * service's own fact, not offer-service's: see {@link ca.imp.decisionservice.application.ListOfferApplications}.
     */
    public OfferStatus status() {
        if (invalidation != null) {
            return OfferStatus.endedBy(invalidation.outcome());
        }
        if (withdrawn) {
            return OfferStatus.WITHDRAWN;
        }
        if (!submitted) {
            return OfferStatus.UNKNOWN;
        }
        return feeSettled ? OfferStatus.READY : OfferStatus.AWAITING_FEE;
    }

    /**
     * Whether the caller may see and use this offer and its applications. An offer whose employer is
     * not known here (its OfferSubmitted has not arrived) belongs to no employer a caller could act
     * for; only the roles that work across employers see it.
     */
    public boolean visibleTo(Caller caller) {
        return employer == null ? !caller.role().actsForEmployers() : caller.readsRecordsOf(employer);
    }

    /** Whether the caller may read the personal data kept with this offer's applications (e.g. a GCMS requester's name). */
    public boolean personalDataVisibleTo(Caller caller) {
        return employer != null && caller.seesPersonalDataOf(employer);
    }
}
