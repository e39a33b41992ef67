package ca.imp.decisionservice.reconciliation;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.eventstore.paging.Page;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.OfferStatus;

/**
 * What decision-service holds about one offer, for reconciling it with the other services.
 *
 * @param applications    the applications made with it, oldest first, each with its decision if one was rendered
 * @param offerStatus     the offer's standing as decision-service learnt it from offer-service's events
 * @param offerInvalidatedBy the application whose decision offer-service reported as invalidating the offer, or null
 */
public record OfferFacts(
        @Schema(description = "The offer's number.", example = "A8108406")
        String offerNumber,
        @Schema(description = "The applications made with it, oldest first, each with its decision if one was rendered.")
        List<Application> applications,
        @Schema(description = "The offer's standing as decision-service learnt it from offer-service's events alone (never IN_USE;"
                + " UNKNOWN until its submission arrives; once it ended, what ended it).", example = "REFUSED")
        OfferStatus offerStatus,
        @Schema(description = "The application whose decision offer-service reported as invalidating the offer.", example = "A8108406-1")
        String offerInvalidatedBy) {

    /**
     * @param outcome          null while undecided
     * @param invalidatesOffer whether its decision ends the offer number, as this service decided; null while undecided
     */
    public record Application(
            @Schema(description = "The application's id.", example = "A8108406-1")
            String applicationId,
            @Schema(description = "The decision's outcome; absent while undecided.", example = "REFUSED")
            DecisionOutcome outcome,
            @Schema(description = "The day of the decision.", example = "2026-06-16")
            LocalDate decidedOn,
            @Schema(description = "Whether the decision ends the offer number, as decision-service decided it; absent while undecided.",
                    example = "true")
            Boolean invalidatesOffer) {
    }

    /** A page of offers' facts, and the position of the log they were read at: the since of the next reconciliation. */
    public record Listed(Page<OfferFacts> facts, long position) {
    }
}
