package ca.imp.eventstore.store;

/** A stream folded into its state, with the version it was folded at. Version 0 means the stream does not exist. */
public record StreamState<S>(S state, long version) {
    public boolean exists() {
        return version > 0;
    }
}
