package ca.imp.contract.offer;

/** The employer tried again: a new offer, with a new number and a new fee, replaces this invalidated one. */
public record OfferResubmitted(String offerNumber, String resubmittedAs) implements OfferEvent {
}
