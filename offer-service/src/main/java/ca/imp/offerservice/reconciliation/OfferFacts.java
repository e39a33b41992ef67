package ca.imp.offerservice.reconciliation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.offer.OfferStatus;
import ca.imp.eventstore.paging.Page;

import ca.imp.offerservice.offer.Offer;

/**
 * What offer-service holds about one offer, for reconciling it with the other services.
 *
 * @param known         whether offer-service has the offer at all
 * @param withdrawn     whether its employer withdrew it
 * @param invalidations every decision that invalidated it, in the order recorded: more than one is a fault
 */
public record OfferFacts(
        @Schema(description = "The offer's number.", example = "A8108406")
        String offerNumber,
        @Schema(description = "Whether offer-service has the offer at all.", example = "true")
        boolean known,
        @Schema(description = "Where the offer stands; UNKNOWN when offer-service has no offer with this number.", example = "REFUSED")
        OfferStatus status,
        @Schema(description = "Where its fee stands.", example = "REFUND_OWED")
        Offer.FeeStatus feeStatus,
        @Schema(description = "Whether its employer withdrew it.", example = "false")
        boolean withdrawn,
        @Schema(description = "Every decision that invalidated it, in the order recorded: more than one is a fault.")
        List<Invalidation> invalidations) {

    public record Invalidation(
            @Schema(description = "The application whose decision invalidated the offer.", example = "A8108406-1")
            String applicationId,
            @Schema(description = "The decision's outcome.", example = "REFUSED")
            String outcome) {
    }

    /** A page of offers' facts, and the position of the log they were read at: the since of the next reconciliation. */
    public record Listed(Page<OfferFacts> facts, long position) {
    }
}
