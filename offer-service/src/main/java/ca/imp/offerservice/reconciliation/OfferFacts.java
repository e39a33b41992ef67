package ca.imp.offerservice.reconciliation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.offerservice.offer.Offer;

/**
 * What offer-service holds about one offer, for reconciling it with the other services.
 *
 * @param known         whether offer-service has the offer at all
 * @param withdrawn     whether its employer withdrew it
 * @param invalidations every decision that invalidated it, in the order recorded: more than one is a fault
 */
public record OfferFacts(String offerNumber, boolean known, Offer.Status status, Offer.FeeStatus feeStatus,
                         boolean withdrawn, List<Invalidation> invalidations) {

    public record Invalidation(String applicationId, String outcome) {
    }

    @Schema(name = "OfferFactsPage", description = "A page of offers' facts, and the log position they were read at")
    public record Page(List<OfferFacts> items, int page, int size, long total, long position) {
    }
}
