package ca.imp.eventstore.store;

import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/**
 * The unit-of-work port: how a use case makes several writes one. Feature code asks for a
 * transaction here and never opens one on the database itself.
 */
public interface Transactions {

    /** Runs the work in one transaction, committed when its Uni succeeds and rolled back when it fails. */
    <T> Uni<T> inTransaction(Function<Transaction, Uni<T>> work);
}
