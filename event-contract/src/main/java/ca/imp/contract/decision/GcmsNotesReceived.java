package ca.imp.contract.decision;

import java.time.LocalDate;

/** The GCMS notes asked for by an ATIP request arrived: the response deadline no longer runs. */
public record GcmsNotesReceived(String requestId, String applicationId, String offerNumber, LocalDate receivedOn)
        implements DecisionEvent {
}
