package ca.imp.contract.offer;

import java.math.BigDecimal;

/**
 * An employer submitted an offer of employment and was given its number. Carries no personal
 * information about the worker: partners read this topic.
 *
 * @param feeDue  the compliance fee owed for this offer, from the fee schedule in force on submission; zero when exempt
 * @param replaces the invalidated offer this one resubmits, or null for a first attempt
 * @param group    the group of offers submitted together whose capped fee this offer shares (feeDue is its share), or
 *                 null for an offer submitted alone; events recorded before groups existed have none
 * @param extendsOffer the approved offer whose worker this offer keeps on after its permit (an extension), or null;
 *                 events recorded before extensions existed have none
 */
public record OfferSubmitted(String offerNumber, OfferTerms terms, BigDecimal feeDue, String currency, String replaces,
                             String group, String extendsOffer)
        implements OfferEvent {
}
