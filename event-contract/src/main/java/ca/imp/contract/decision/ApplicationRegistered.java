package ca.imp.contract.decision;

import java.time.LocalDate;

/** A worker applied for an employer-specific work permit with the offer number. */
public record ApplicationRegistered(String applicationId, String offerNumber, ApplicantLocation applicantLocation,
                                    LocalDate submittedOn) implements DecisionEvent {
}
