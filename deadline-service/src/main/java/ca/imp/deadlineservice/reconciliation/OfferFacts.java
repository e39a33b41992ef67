package ca.imp.deadlineservice.reconciliation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.eventstore.paging.Page;

/**
 * What deadline-service holds about one offer, for reconciling it with the other services.
 *
 * @param deadlines every deadline scheduled for the offer, in the order scheduled
 */
public record OfferFacts(
        @Schema(description = "The offer's number.", example = "A8108406")
        String offerNumber,
        @Schema(description = "Every deadline scheduled for the offer, in the order scheduled.")
        List<Deadline> deadlines) {

    /**
     * @param timersPlanned the reminders and the elapse planned for it
     * @param timersFired   how many of those fired
     */
    public record Deadline(
            @Schema(description = "The deadline's id.", example = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b")
            String deadlineId,
            @Schema(description = "The application whose decision started it.", example = "A8108406-1")
            String applicationId,
            @Schema(description = "The deadline's kind.", example = "JUDICIAL_REVIEW_LEAVE")
            String kind,
            @Schema(description = "Whether it was met.", example = "false")
            boolean met,
            @Schema(description = "Whether it elapsed.", example = "false")
            boolean elapsed,
            @Schema(description = "The reminders and the elapse planned for it.", example = "4")
            long timersPlanned,
            @Schema(description = "How many of those fired.", example = "1")
            long timersFired) {
    }

    /** A page of offers' facts, and the position of the log they were read at: the since of the next reconciliation. */
    public record Listed(Page<OfferFacts> facts, long position) {
    }
}
