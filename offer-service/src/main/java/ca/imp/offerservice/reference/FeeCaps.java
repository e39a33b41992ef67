package ca.imp.offerservice.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

/**
 * The caps on the compliance fee of a group of offers submitted together, as policy data: which kind of group, from
 * how many offers, how much at most in all, in force on which dates.
 */
@Singleton
public class FeeCaps {

    /**
     * @param kind      the kind of group, as the employer names it, e.g. {@code PERFORMING_ARTISTS}
     * @param minOffers the fewest offers made at the same time that the cap applies to
     * @param maxTotal  the most the whole group pays
     */
    public record Cap(String kind, int minOffers, BigDecimal maxTotal, String currency, LocalDate effectiveFrom,
                      LocalDate effectiveTo, String source) implements ReferenceTable.Dated {

        /**
         * Each offer's share of the group's fee: {@code offers} times the fee of one offer, at most {@link #maxTotal},
         * split to the cent; the cents left over go to the first offer, so that the shares add up to the total exactly.
         */
        public List<BigDecimal> shares(BigDecimal fee, int offers) {
            BigDecimal total = fee.multiply(BigDecimal.valueOf(offers)).min(maxTotal).setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal each = total.divide(BigDecimal.valueOf(offers), 2, RoundingMode.DOWN);
            List<BigDecimal> shares = new ArrayList<>(offers);
            shares.add(total.subtract(each.multiply(BigDecimal.valueOf(offers - 1))));
            for (int i = 1; i < offers; i++) {
                shares.add(each);
            }
            return List.copyOf(shares);
        }
    }

    private final List<Cap> caps = ReferenceTable.load("reference/fee-caps.json", Cap.class);

    public Optional<Cap> inForce(String kind, LocalDate on) {
        return caps.stream().filter(cap -> cap.kind().equals(kind) && cap.inForceOn(on)).findFirst();
    }
}
