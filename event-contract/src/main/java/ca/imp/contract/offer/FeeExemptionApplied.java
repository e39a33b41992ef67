package ca.imp.contract.offer;

/**
 * No compliance fee is owed for the offer because its exemption code was taken as fee-exempt. No longer recorded: a
 * code never grants the exemption (IRPR 303.1(5) grants it by program, see {@link FeeExemptionClaimed}); kept because
 * offers submitted before hold it in their history and consumers still read it.
 */
public record FeeExemptionApplied(String offerNumber, String exemptionCode) implements OfferEvent {
}
