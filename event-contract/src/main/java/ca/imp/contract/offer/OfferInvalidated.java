package ca.imp.contract.offer;

import java.time.LocalDate;
import java.util.UUID;

import ca.imp.contract.decision.DecisionOutcome;

/**
 * The offer number is dead forever: a decision was rendered on the application that used it.
 * A new attempt needs a new offer and a new fee.
 *
 * @param decisionEventId the {@code DecisionRendered} event that caused this, for the audit trail
 */
public record OfferInvalidated(String offerNumber, String applicationId, DecisionOutcome outcome,
                               LocalDate decisionDate, UUID decisionEventId) implements OfferEvent {
}
