package ca.imp.offerservice.group;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Offers an employer submitted together, all or none, to pay a capped fee for them in all.
 *
 * @param kind         the kind of group, which names its cap (reference/fee-caps.json)
 * @param offerNumbers its offers, the first carrying the cents the split leaves over
 * @param totalFee     what the whole group owes: the offers' fees together, at most the cap
 */
public record OfferGroup(String id, String businessNumber, String kind, List<String> offerNumbers, BigDecimal totalFee,
                         String currency, LocalDate submittedOn) {
}
