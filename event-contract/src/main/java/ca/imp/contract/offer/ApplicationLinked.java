package ca.imp.contract.offer;

import java.time.LocalDate;

/** A worker applied for a work permit with the offer number: the offer is in use. */
public record ApplicationLinked(String offerNumber, String applicationId, LocalDate submittedOn) implements OfferEvent {
}
