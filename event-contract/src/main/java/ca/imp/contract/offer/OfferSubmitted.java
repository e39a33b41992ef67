package ca.imp.contract.offer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An employer submitted an offer of employment and was given its number. Carries no personal
 * information about the worker: partners read this topic.
 *
 * @param feeDue the compliance fee owed for this offer, from the fee schedule in force on submission
 */
public record OfferSubmitted(String offerNumber, String businessNumber, String employerName, String jobTitle,
                             String nocCode, String exemptionCode, LocalDate startDate, BigDecimal feeDue, String currency)
        implements OfferEvent {
}
