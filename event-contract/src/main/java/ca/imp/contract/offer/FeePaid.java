package ca.imp.contract.offer;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The employer paid the compliance fee for the offer (IRPR 303.1). */
public record FeePaid(String offerNumber, BigDecimal amount, String currency, LocalDate paidOn) implements OfferEvent {
}
