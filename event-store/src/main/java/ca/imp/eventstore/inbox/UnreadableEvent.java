package ca.imp.eventstore.inbox;

/** A received event that can never be processed as sent; retrying is pointless, it is dead-lettered at once. */
public final class UnreadableEvent extends RuntimeException {
    public UnreadableEvent(String message) {
        super(message, null, false, false);
    }
}
