package ca.imp.contract.offer;

import java.math.BigDecimal;

/**
 * An employer submitted an offer of employment and was given its number. Carries no personal
 * information about the worker: partners read this topic.
 *
 * @param feeDue  the compliance fee owed for this offer, from the fee schedule in force on submission; zero when exempt
 * @param replaces the invalidated offer this one resubmits, or null for a first attempt
 */
public record OfferSubmitted(String offerNumber, OfferTerms terms, BigDecimal feeDue, String currency, String replaces)
        implements OfferEvent {
}
