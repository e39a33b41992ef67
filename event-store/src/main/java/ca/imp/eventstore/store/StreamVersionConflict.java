package ca.imp.eventstore.store;

/**
 * Another writer appended to the stream since it was read: this writer lost the race and
 * must reload and decide again. Never resolved by overwriting.
 */
public final class StreamVersionConflict extends RuntimeException {
    private final String streamId;
    private final long expectedVersion;

    public StreamVersionConflict(String streamId, long expectedVersion) {
        super("stream " + streamId + " was changed by another writer since version " + expectedVersion);
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
    }

    public String streamId() {
        return streamId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
