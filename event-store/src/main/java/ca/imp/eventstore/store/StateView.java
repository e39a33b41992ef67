package ca.imp.eventstore.store;

import io.smallrye.mutiny.Uni;

/**
 * A query table kept from each stream's latest state, written in the transaction that appends the
 * events, so a query never sees a state older than the stream's. Like every read model it can be
 * rebuilt from the log; it is never the source of truth.
 */
@FunctionalInterface
public interface StateView<S> {

    StateView<Object> NONE = (tx, streamId, state) -> Uni.createFrom().voidItem();

    Uni<Void> write(Transaction tx, String streamId, S state);
}
