package ca.imp.contract.offer;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The refund of the compliance fee was received. */
public record FeeRefunded(String offerNumber, BigDecimal amount, String currency, LocalDate refundedOn) implements OfferEvent {
}
