package ca.imp.eventstore.runtime;

import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.parking.ParkedEvents;
import ca.imp.eventstore.subscription.CatchUpSubscription;

/**
 * A catch-up subscription's readiness: how far behind the log's head it is ({@code lag}: the events after its
 * checkpoint in the log's read order, counted up to {@value #LAG_COUNTED_UP_TO}; {@code position} is its
 * checkpoint's position and {@code head} the log's highest, which with appends committing out of position order
 * need not differ by the lag) and how many events it parked; {@code degraded} while any is parked. Degraded stays UP:
 * the subscription goes on with the next events and the instance serves requests as well as any
 * other (they share the database); taking it out of the load balancer would not apply the parked
 * event. A lag is reported, not "down" either: the events are safe in the store. DOWN only when
 * the database cannot be read.
 */
final class SubscriptionHealth implements AsyncHealthCheck {
    /** Counting the events behind stops here: a check must stay cheap however far behind a subscription is. */
    static final int LAG_COUNTED_UP_TO = 100_000;
    private final String check;
    private final CatchUpSubscription subscription;
    private final Pool pool;

    SubscriptionHealth(String check, CatchUpSubscription subscription, Pool pool) {
        this.check = check;
        this.subscription = subscription;
        this.pool = pool;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return subscription.checkpoint()
                .chain(checkpoint -> pool.query("SELECT coalesce(max(global_position), 0) AS head FROM events").execute()
                        .map(rows -> rows.iterator().next().getLong("head"))
                        .chain(head -> subscription.eventsBehind(LAG_COUNTED_UP_TO)
                                .chain(lag -> ParkedEvents.count(pool, subscription.name())
                                        .map(parked -> HealthCheckResponse.named(check).up()
                                                .withData("state", parked == 0 ? "flowing" : "degraded")
                                                .withData("position", checkpoint.position())
                                                .withData("head", head)
                                                .withData("lag", lag)
                                                .withData("parked", parked)
                                                .build()))))
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named(check).down()
                        .withData("error", String.valueOf(e.getMessage())).build());
    }
}
