package ca.imp.eventstore.ops;

import java.util.List;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.parking.Failure;
import ca.imp.eventstore.parking.ParkedEvent;
import ca.imp.eventstore.parking.ParkedEvents;
import ca.imp.eventstore.parking.RetryOutcome;
import ca.imp.eventstore.runtime.CatchUpSubscriptions;
import ca.imp.eventstore.store.DomainRejection;

/**
 * Applies parked events again once their cause is fixed, through the subscription that parked
 * them: one, or all of them in log order. What fails again stays parked with its new reason.
 */
@Singleton
public class RetryParkedEvents {
    /** Retrying everything takes at most this many in one call; the rest wait for the next. */
    private static final int MOST_AT_ONCE = 1000;

    private final Pool pool;
    private final CatchUpSubscriptions subscriptions;

    RetryParkedEvents(Pool pool, CatchUpSubscriptions subscriptions) {
        this.pool = pool;
        this.subscriptions = subscriptions;
    }

    public Uni<RetryOutcome> retry(long id) {
        return ParkedEvents.find(pool, id).chain(parked -> parked
                .map(this::retry)
                .orElseGet(() -> Uni.createFrom().failure(new DomainRejection(UnknownEntry.parkedEvent(id)))));
    }

    public Uni<List<RetryOutcome>> retryAll() {
        return ParkedEvents.list(pool, 0, MOST_AT_ONCE).chain(parked -> Multi.createFrom().iterable(parked)
                .onItem().transformToUniAndConcatenate(this::retry)
                .collect().asList());
    }

    private Uni<RetryOutcome> retry(ParkedEvent parked) {
        return subscriptions.find(parked.subscription())
                .map(subscription -> subscription.retry(parked))
                .orElseGet(() -> {
                    Failure absent = new Failure(false, "no subscription named " + parked.subscription() + " runs in this service");
                    return ParkedEvents.failedAgain(pool, parked.id(), absent).replaceWith(RetryOutcome.failedAgain(parked.id(), absent));
                });
    }
}
