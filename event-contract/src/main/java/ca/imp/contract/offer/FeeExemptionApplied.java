package ca.imp.contract.offer;

/** No compliance fee is owed for the offer: its exemption code is fee-exempt (IRPR 303.1(5)). */
public record FeeExemptionApplied(String offerNumber, String exemptionCode) implements OfferEvent {
}
