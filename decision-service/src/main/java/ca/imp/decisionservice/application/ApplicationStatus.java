package ca.imp.decisionservice.application;

import ca.imp.contract.decision.DecisionOutcome;

/** Where a work permit application stands: awaiting its decision, then the decision's outcome (docs/api-style.md). */
public enum ApplicationStatus {
    AWAITING_DECISION, APPROVED, REFUSED, WITHDRAWN, RETURNED;

    static ApplicationStatus decided(DecisionOutcome outcome) {
        return switch (outcome) {
            case APPROVED -> APPROVED;
            case REFUSED -> REFUSED;
            case WITHDRAWN -> WITHDRAWN;
            case RETURNED -> RETURNED;
        };
    }
}
