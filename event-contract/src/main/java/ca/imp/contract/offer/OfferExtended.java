package ca.imp.contract.offer;

/**
 * The employer made a new offer, with a new number and a new fee, to keep the worker of this approved offer on after
 * the permit ends (an extension, IRPR 303.1(1)(c)); the new offer's OfferSubmitted names this one as extendsOffer.
 */
public record OfferExtended(String offerNumber, String extendedAs) implements OfferEvent {
}
