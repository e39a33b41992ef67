package ca.imp.offerservice.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.imp.contract.offer.OfferStatus;
import ca.imp.offerservice.offer.ChainLink;

/** One offer of the chain of offers for one worker, and how it follows the one before it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainEntry(
        @Schema(description = "The offer's number.", example = "A8123456")
        String offerNumber,
        @Schema(description = "Where the offer stands.", example = "READY")
        OfferStatus status,
        @Schema(description = "How it follows an earlier offer of the chain: ORIGINAL (the first), RESUBMISSION_OF relatedOffer"
                + " (tried again after it ended), EXTENSION_OF relatedOffer (kept the worker on after its approval).",
                example = "EXTENSION_OF")
        ChainLink.Relation relation,
        @Schema(description = "The offer it resubmits or extends; absent for the original.", example = "A8108406")
        String relatedOffer,
        @Schema(description = "The day it was submitted.", example = "2028-03-02")
        LocalDate submittedOn,
        @Schema(description = "The decision on the application that used it, or the employer's withdrawal, that ended it;"
                + " absent while nothing did.")
        OfferView.Invalidation invalidation,
        @Schema(description = "The last day of the work permit its approval gave: an extension's application must come"
                + " before it for the worker to keep working while it is decided (maintained status); absent for an offer"
                + " not approved, or approved before the day was recorded.", example = "2028-06-15")
        LocalDate permitExpiresOn,
        @Schema(description = "Its own compliance fee and where it stands.")
        OfferView.Fee fee) {

    static ChainEntry of(ChainLink link) {
        var offer = link.offer();
        return new ChainEntry(offer.offerNumber(), offer.status(), link.relation(), link.relatedOffer(), link.submittedOn(),
                OfferView.Invalidation.of(offer), offer.permitExpiresOn().orElse(null), OfferView.Fee.of(offer));
    }
}
