package ca.imp.contract.decision;

import java.util.Set;

/**
 * Which decision outcomes kill an offer number, as both offer-service and decision-service read a
 * {@link DecisionRendered}. Policy data, not a rule in code: IRCC does not
 * publish it in these words (domain.md), so it is configurable; by default every decision on the
 * merits invalidates and a RETURNED application (an intake rejection) does not.
 */
public record InvalidationPolicy(Set<DecisionOutcome> invalidating) {

    public InvalidationPolicy {
        invalidating = Set.copyOf(invalidating);
    }

    public boolean invalidates(DecisionOutcome outcome) {
        return invalidating.contains(outcome);
    }
}
