package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferStatus;
import ca.imp.contract.offer.OfferWithdrawn;
import ca.imp.offerservice.offer.ChainLink;
import ca.imp.offerservice.offer.Offer;

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
        @Schema(description = "The decision on the application that used it, or the employer's withdrawal; absent while none ended it.")
        Decision decision,
        @Schema(description = "Its own compliance fee and where it stands.")
        Fee fee) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ChainDecision", description = "What ended the offer")
    public record Decision(
            @Schema(description = "The decision's outcome; absent when the employer withdrew the offer.", example = "APPROVED")
            DecisionOutcome outcome,
            @Schema(description = "The day of the decision.", example = "2026-06-16")
            LocalDate decidedOn,
            @Schema(description = "The day the employer withdrew the offer.", example = "2026-05-10")
            LocalDate withdrawnOn) {
    }

    @Schema(name = "ChainFee", description = "An offer's compliance fee")
    public record Fee(
            @Schema(description = "Where the fee stands.", example = "SPENT")
            Offer.FeeStatus status,
            @Schema(description = "The fee due, paid or owed back.", example = "230.00")
            BigDecimal amount,
            @Schema(description = "ISO 4217 currency code.", example = "CAD")
            String currency) {
    }

    static ChainEntry of(ChainLink link) {
        Offer offer = link.offer();
        var use = offer.use();
        Decision decision = use.invalidation().isEmpty() && use.withdrawal().isEmpty()
                ? null
                : new Decision(use.invalidation().map(OfferInvalidated::outcome).orElse(null),
                        use.invalidation().map(OfferInvalidated::decisionDate).orElse(null),
                        use.withdrawal().map(OfferWithdrawn::withdrawnOn).orElse(null));
        return new ChainEntry(offer.offerNumber(), offer.status(), link.relation(), link.relatedOffer(), link.submittedOn(),
                decision, new Fee(offer.feeStatus(), offer.fee().amount(), offer.fee().currency()));
    }
}
