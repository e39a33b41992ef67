package ca.imp.eventstore.store;

import io.smallrye.mutiny.Uni;

/**
 * What else a creating use case records in the transaction that creates something, once it knows
 * the new thing's id: e.g. the Idempotency-Key that asked for it, so that neither exists without the other.
 */
@FunctionalInterface
public interface AlsoRecord {
    AlsoRecord NOTHING = (tx, createdId) -> Uni.createFrom().voidItem();

    Uni<Void> in(Transaction tx, String createdId);

    /** This, then {@code next}, in the same transaction. */
    default AlsoRecord andThen(AlsoRecord next) {
        return (tx, createdId) -> in(tx, createdId).chain(() -> next.in(tx, createdId));
    }
}
