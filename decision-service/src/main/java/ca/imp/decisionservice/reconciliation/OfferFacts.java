package ca.imp.decisionservice.reconciliation;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.decisionservice.offers.OfferStanding;

/**
 * What decision-service holds about one offer, for reconciling it with the other services.
 *
 * @param applications    the applications made with it, oldest first, each with its decision if one was rendered
 * @param offerStatus     the offer's standing as decision-service learnt it from offer-service's events
 * @param offerInvalidatedBy the application whose decision offer-service reported as invalidating the offer, or null
 */
public record OfferFacts(String offerNumber, List<Application> applications, OfferStanding.Status offerStatus,
                         String offerInvalidatedBy) {

    /** @param outcome null while undecided */
    public record Application(String applicationId, DecisionOutcome outcome, LocalDate decisionDate) {
    }

    @Schema(name = "OfferFactsPage", description = "A page of offers' facts, and the log position they were read at")
    public record Page(List<OfferFacts> items, int page, int size, long total, long position) {
    }
}
