package ca.imp.contract.offer;

import java.time.LocalDate;

/** The employer withdrew the offer before any decision: the number is dead, as after a decision. */
public record OfferWithdrawn(String offerNumber, LocalDate withdrawnOn, String reason) implements OfferEvent {
}
