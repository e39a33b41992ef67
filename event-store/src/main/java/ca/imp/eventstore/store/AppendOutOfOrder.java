package ca.imp.eventstore.store;

import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * An append refused because its transaction's id is lower than that of an event it can already see: the
 * transaction got its id (by an earlier write) before another one that has since committed, so its events would
 * be read before events it may have read. Nothing about the stream is wrong: the whole transaction is retried in a
 * fresh one, which gets a larger id ({@link #retried}); it is never answered as a conflict.
 */
public final class AppendOutOfOrder extends RuntimeException {
    /** How often a transaction is retried for this before the failure stands; each retry takes a few milliseconds. */
    public static final int RETRIES = 10;

    /** Runs a transaction, and again from its start in a new one while its append is refused for this. */
    public static <T> Uni<T> retried(Supplier<Uni<T>> transaction) {
        return Uni.createFrom().<T>deferred(transaction::get).onFailure(AppendOutOfOrder.class).retry().atMost(RETRIES);
    }

    public AppendOutOfOrder(String streamId) {
        super("stream " + streamId + ": a later transaction committed events first; retry in a new transaction");
    }
}
