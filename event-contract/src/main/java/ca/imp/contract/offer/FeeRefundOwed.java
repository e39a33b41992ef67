package ca.imp.contract.offer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The compliance fee paid for the offer is to be repaid (IRPR 303.1(6)): the permit was refused,
 * or the employer withdrew the offer.
 *
 * @param followUpOn when the employer should follow up if no refund notice has arrived
 */
public record FeeRefundOwed(String offerNumber, BigDecimal amount, String currency, String reason, LocalDate followUpOn)
        implements OfferEvent {
}
