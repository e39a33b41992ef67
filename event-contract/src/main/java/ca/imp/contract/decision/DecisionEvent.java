package ca.imp.contract.decision;

/** What decision-service records and publishes on {@link ca.imp.contract.Topics#DECISIONS}, keyed by offer number. */
public sealed interface DecisionEvent permits ApplicationRegistered, DecisionRendered, GcmsNotesRequested,
        GcmsNotesReceived {
    String offerNumber();

    String applicationId();
}
