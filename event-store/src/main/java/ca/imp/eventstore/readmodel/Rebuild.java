package ca.imp.eventstore.readmodel;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rebuild of a read model: asked for by an operator, completed once its subscription has replayed the log up to
 * the head the log had when it was asked for.
 */
public record Rebuild(
        @Schema(description = "When an operator asked for it.", example = "2026-11-28T09:00:00Z")
        Instant requestedAt,
        @Schema(description = "Who asked for it.", example = "ops:jane")
        String requestedBy,
        @Schema(description = "How many events the log held when it was asked for: what it replays.", example = "2000")
        long events,
        @Schema(description = "When the replay reached the log's head of the request; absent while it runs.", example = "2026-11-28T09:00:02Z")
        Instant completedAt,
        @Schema(description = "Events replayed per second, from request to completion; absent while it runs.", example = "1000.0")
        Double eventsPerSecond) {

    static Rebuild of(Instant requestedAt, String requestedBy, long events, Instant completedAt) {
        return new Rebuild(requestedAt, requestedBy, events, completedAt, completedAt == null ? null : perSecond(events,
                Duration.between(requestedAt, completedAt)));
    }

    public boolean running() {
        return completedAt == null;
    }

    private static double perSecond(long events, Duration took) {
        // a log replayed within the clock's resolution is counted as taking a millisecond
        return events * 1000.0 / Math.max(1, took.toMillis());
    }
}
