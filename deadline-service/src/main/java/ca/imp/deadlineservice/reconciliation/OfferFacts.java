package ca.imp.deadlineservice.reconciliation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What deadline-service holds about one offer, for reconciling it with the other services.
 *
 * @param deadlines every deadline scheduled for the offer, in the order scheduled
 */
public record OfferFacts(String offerNumber, List<Deadline> deadlines) {

    /**
     * @param timersPlanned the reminders and the elapse planned for it
     * @param timersFired   how many of those fired
     */
    public record Deadline(String deadlineId, String applicationId, String kind, boolean met, boolean elapsed,
                           long timersPlanned, long timersFired) {
    }

    @Schema(name = "OfferFactsPage", description = "A page of offers' facts, and the log position they were read at")
    public record Page(List<OfferFacts> items, int page, int size, long total, long position) {
    }
}
