package ca.imp.eventstore.ops;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.parking.DeadLetters;
import ca.imp.eventstore.parking.Failure;
import ca.imp.eventstore.parking.RetryOutcome;
import ca.imp.eventstore.runtime.IdempotentConsumers;
import ca.imp.eventstore.store.DomainRejection;

/**
 * Applies a dead letter again once its cause is fixed, through the consumer that dead-lettered it:
 * its inbox keeps the effect exactly-once, so a record that had in fact been applied is not applied twice.
 */
@Singleton
public class RetryDeadLetter {
    private final Pool pool;
    private final IdempotentConsumers consumers;

    RetryDeadLetter(Pool pool, IdempotentConsumers consumers) {
        this.pool = pool;
        this.consumers = consumers;
    }

    public Uni<RetryOutcome> retry(long id) {
        return DeadLetters.find(pool, id).chain(found -> found
                .map(delivery -> consumers.find(delivery.letter().consumer())
                        .map(consumer -> consumer.retry(delivery))
                        .orElseGet(() -> {
                            Failure absent = new Failure(false, "no consumer named " + delivery.letter().consumer()
                                    + " runs in this service");
                            return DeadLetters.failedAgain(pool, id, absent).replaceWith(RetryOutcome.failedAgain(id, absent));
                        }))
                .orElseGet(() -> Uni.createFrom().failure(new DomainRejection(UnknownEntry.deadLetter(id)))));
    }
}
