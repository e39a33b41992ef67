package ca.imp.contract.offer;

import java.time.LocalDate;

/** The application was returned (an intake rejection, not a decision): the offer can serve another application. */
public record ApplicationReturned(String offerNumber, String applicationId, LocalDate returnedOn) implements OfferEvent {
}
