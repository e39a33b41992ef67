package ca.imp.offerservice.employer;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What planned hires will cost in compliance fees when some applications are refused. A refused
 * attempt needs a new offer and a new fee, and its fee is repaid, so with a refusal rate r each hire
 * takes 1 / (1 - r) offers on average, of which r / (1 - r) are refunded: the net cost is one fee
 * per hire, but the cash paid out before refunds is higher. An estimate, not a quote.
 *
 * @param refusalRate the share of applications refused, from policy data (e.g. IRCC's 22% for 2024)
 */
public record CostForecast(int plannedHires, BigDecimal refusalRate, String refusalRateSource, BigDecimal feePerOffer,
                           String currency, BigDecimal expectedOffers, BigDecimal expectedFeesPaid,
                           BigDecimal expectedRefunds, BigDecimal expectedNetCost, String note) {

    public static CostForecast of(int plannedHires, BigDecimal refusalRate, String refusalRateSource, BigDecimal fee,
                                  String currency) {
        BigDecimal hires = BigDecimal.valueOf(plannedHires);
        BigDecimal offersPerHire = BigDecimal.ONE.divide(BigDecimal.ONE.subtract(refusalRate), 10, RoundingMode.HALF_UP);
        BigDecimal offers = hires.multiply(offersPerHire);
        BigDecimal paid = offers.multiply(fee);
        BigDecimal refunds = offers.subtract(hires).multiply(fee);
        return new CostForecast(plannedHires, refusalRate, refusalRateSource, fee, currency,
                offers.setScale(2, RoundingMode.HALF_UP), paid.setScale(2, RoundingMode.HALF_UP),
                refunds.setScale(2, RoundingMode.HALF_UP), paid.subtract(refunds).setScale(2, RoundingMode.HALF_UP),
                "An estimate at the configured refusal rate: each refused attempt needs a new offer and a new fee, and its"
                        + " fee is refunded. Fee-exempt offers cost nothing.");
    }
}
