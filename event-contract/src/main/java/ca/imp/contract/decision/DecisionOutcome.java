package ca.imp.contract.decision;

/** What an officer decided on a work permit application. {@code RETURNED} is an intake rejection, not a decision on the merits. */
public enum DecisionOutcome {
    APPROVED, REFUSED, WITHDRAWN, RETURNED
}
