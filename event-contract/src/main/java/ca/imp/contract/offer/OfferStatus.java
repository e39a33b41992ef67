package ca.imp.contract.offer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.decision.DecisionOutcome;

/**
 * Where an offer stands, in one vocabulary for every service that shows it (docs/api-style.md): an offer
 * whose number can no longer be used reads as the outcome that ended it, never as a word for "ended" that
 * hides which ending it was.
 */
@Schema(description = "Where an offer stands, the same words in every service: AWAITING_FEE, READY, IN_USE while an application"
        + " awaits its decision, then what ended it: APPROVED, REFUSED, WITHDRAWN (by the applicant or the employer), or RETURNED"
        + " where the invalidation policy says a return ends an offer. UNKNOWN where a service has not (yet) learnt of the offer.")
public enum OfferStatus {
    /** The service showing it has not (yet) learnt of an offer with this number. */
    UNKNOWN,
    /** Submitted; the compliance fee is still to be paid. */
    AWAITING_FEE,
    /** Fee paid or exempt: a worker can apply with this number. */
    READY,
    /** A work permit application uses the number and has no decision yet. */
    IN_USE,
    /** The permit was approved: the number served its purpose and is dead. */
    APPROVED,
    /** The application was refused: the number is dead. */
    REFUSED,
    /** The applicant withdrew the application, or the employer the offer: the number is dead. */
    WITHDRAWN,
    /** The application was returned, and the invalidation policy says a return ends the offer (by default it does not). */
    RETURNED;

    /** Whether the offer's number can no longer be used. */
    public boolean ended() {
        return switch (this) {
            case APPROVED, REFUSED, WITHDRAWN, RETURNED -> true;
            case UNKNOWN, AWAITING_FEE, READY, IN_USE -> false;
        };
    }

    /** The status of an offer a decision with this outcome ended. */
    public static OfferStatus endedBy(DecisionOutcome outcome) {
        return switch (outcome) {
            case APPROVED -> APPROVED;
            case REFUSED -> REFUSED;
            case WITHDRAWN -> WITHDRAWN;
            case RETURNED -> RETURNED;
        };
    }
}
