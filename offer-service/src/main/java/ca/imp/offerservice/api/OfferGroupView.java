package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.offerservice.group.SeenOfferGroup;

/** A group of offers submitted together, with its total fee and its offers as getOffer shows them. */
@Schema(name = "OfferGroup")
public record OfferGroupView(
        @Schema(description = "The group's id.", example = "0b8f3c2e-5d1a-4f7b-9c3e-2a6d8e1f4b7c")
        String groupId,
        @Schema(description = "The kind of group, which names its fee cap.", example = "PERFORMING_ARTISTS")
        String kind,
        @Schema(description = "What the whole group owes: the offers' fees together, at most the cap. Each offer owes its"
                + " share (its feeDue), the cents the split leaves over on the first.", example = "690.00")
        BigDecimal totalFee,
        @Schema(description = "ISO 4217 currency code.", example = "CAD")
        String currency,
        @Schema(description = "The day the offers were submitted together.", example = "2026-05-04")
        LocalDate submittedOn,
        @Schema(description = "The group's offers, in the order they were sent.")
        List<OfferView> offers) {

    static OfferGroupView of(SeenOfferGroup seen) {
        var group = seen.group();
        return new OfferGroupView(group.id(), group.kind(), group.totalFee(), group.currency(), group.submittedOn(),
                seen.offers().stream().map(OfferView::of).toList());
    }
}
