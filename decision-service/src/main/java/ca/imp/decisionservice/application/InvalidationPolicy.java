package ca.imp.decisionservice.application;

import java.util.Set;

import ca.imp.contract.decision.DecisionOutcome;

/**
 * Which decision outcomes kill an offer number. Decided here alone and published in every
 * {@link ca.imp.contract.decision.DecisionRendered} ({@code invalidatesOffer}), which offer-service
 * obeys. Policy data, not a rule in code: IRCC does not publish it in these words (domain.md), so it
 * is configurable ({@code offer.invalidating-outcomes}); by default every decision on the merits
 * invalidates and a RETURNED application (an intake rejection) does not.
 */
public record InvalidationPolicy(Set<DecisionOutcome> invalidating) {

    public InvalidationPolicy {
        invalidating = Set.copyOf(invalidating);
    }

    public boolean invalidates(DecisionOutcome outcome) {
        return invalidating.contains(outcome);
    }
}
