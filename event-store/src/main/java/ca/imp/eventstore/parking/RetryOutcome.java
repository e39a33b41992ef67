package ca.imp.eventstore.parking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an operator's retry of a parked event or a dead letter did.
 *
 * @param applied true if the effect has now taken place and the entry is gone; false if it failed again
 * @param reason  why it failed again; null once applied
 */
public record RetryOutcome(
        @Schema(description = "The entry retried.", example = "3")
        long id,
        @Schema(description = "True if the effect has now taken place and the entry is gone; false if it failed again.", example = "true")
        boolean applied,
        @Schema(description = "Why it failed again; absent once applied.", example = "a value is out of range")
        String reason) {

    public static RetryOutcome applied(long id) {
        return new RetryOutcome(id, true, null);
    }

    public static RetryOutcome failedAgain(long id, Failure failure) {
        return new RetryOutcome(id, false, failure.reason());
    }
}
