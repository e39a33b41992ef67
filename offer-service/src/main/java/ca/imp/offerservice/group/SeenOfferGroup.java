package ca.imp.offerservice.group;

import java.util.List;

import ca.imp.offerservice.offer.SeenOffer;

/** A group of offers and its offers as its employer's caller sees them. */
public record SeenOfferGroup(OfferGroup group, List<SeenOffer> offers) {
}
