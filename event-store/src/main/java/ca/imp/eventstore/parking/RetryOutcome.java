package ca.imp.eventstore.parking;

/**
 * What an operator's retry of a parked event or a dead letter did.
 *
 * @param applied true if the effect has now taken place and the entry is gone; false if it failed again
 * @param reason  why it failed again; null once applied
 */
public record RetryOutcome(long id, boolean applied, String reason) {

    public static RetryOutcome applied(long id) {
        return new RetryOutcome(id, true, null);
    }

    public static RetryOutcome failedAgain(long id, Failure failure) {
        return new RetryOutcome(id, false, failure.reason());
    }
}
