package ca.imp.contract.offer;

import java.time.LocalDate;
import java.util.UUID;

import ca.imp.contract.decision.DecisionOutcome;

/**
 * The offer number is dead forever: a decision was rendered on the application that used it.
 * A new attempt needs a new offer and a new fee.
 *
 * @param decisionEventId  the {@code DecisionRendered} event that caused this, for the audit trail
 * @param permitValidUntil for an approval, the last day of the work permit the decision gave (its
 *                         {@code permitValidUntil}); null for every other outcome, and in every event from before the
 *                         field, whose permit's end the offer was never told
 */
public record OfferInvalidated(String offerNumber, String applicationId, DecisionOutcome outcome,
                               LocalDate decisionDate, UUID decisionEventId, LocalDate permitValidUntil) implements OfferEvent {

    /** A decision that approved no permit, or an approval whose permit's end was not given. */
    public OfferInvalidated(String offerNumber, String applicationId, DecisionOutcome outcome, LocalDate decisionDate,
                            UUID decisionEventId) {
        this(offerNumber, applicationId, outcome, decisionDate, decisionEventId, null);
    }
}
