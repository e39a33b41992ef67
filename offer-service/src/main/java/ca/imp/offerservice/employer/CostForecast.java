package ca.imp.offerservice.employer;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What planned hires will cost in compliance fees when some applications are refused. A refused
 * attempt needs a new offer and a new fee, and its fee is repaid, so with a refusal rate r each hire
 * takes 1 / (1 - r) offers on average, of which r / (1 - r) are refunded: the net cost is one fee
 * per hire, but the cash paid out before refunds is higher. An estimate, not a quote.
 *
 * @param refusalRate the share of applications refused, from policy data (e.g. IRCC's 22% for 2024)
 */
public record CostForecast(
        @Schema(description = "The hires planned.", example = "10")
        int plannedHires,
        @Schema(description = "The share of applications refused, from policy data.", example = "0.22")
        BigDecimal refusalRate,
        @Schema(description = "Where the refusal rate comes from.", example = "IRCC, 2024")
        String refusalRateSource,
        @Schema(description = "The compliance fee of one offer.", example = "230.00")
        BigDecimal feePerOffer,
        @Schema(description = "ISO 4217 currency code of every amount.", example = "CAD")
        String currency,
        @Schema(description = "Offers expected, counting resubmissions after refusals.", example = "12.82")
        BigDecimal expectedOffers,
        @Schema(description = "Fees expected to be paid.", example = "2948.72")
        BigDecimal expectedFeesPaid,
        @Schema(description = "Refunds expected after refusals.", example = "648.72")
        BigDecimal expectedRefunds,
        @Schema(description = "Fees paid less refunds.", example = "2300.00")
        BigDecimal expectedNetCost,
        @Schema(description = "How the forecast is counted, and what it leaves out.", example = "Expected values: every refused offer is resubmitted and its fee refunded.")
        String note) {

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
