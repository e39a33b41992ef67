package ca.imp.eventstore.runtime;

import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.parking.ParkedEvents;
import ca.imp.eventstore.subscription.CatchUpSubscription;

/**
 * A catch-up subscription's readiness: how far behind the log's head it is ({@code lag}, in
 * events) and how many events it parked; {@code degraded} while any is parked. Degraded stays UP:
 * the subscription goes on with the next events and the instance serves requests as well as any
 * other (they share the database); taking it out of the load balancer would not apply the parked
 * event. A lag is reported, not "down" either: the events are safe in the store. DOWN only when
 * the database cannot be read.
 */
final class SubscriptionHealth implements AsyncHealthCheck {
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
                .chain(position -> pool.query("SELECT coalesce(max(global_position), 0) AS head FROM events").execute()
                        .map(rows -> rows.iterator().next().getLong("head"))
                        .chain(head -> ParkedEvents.count(pool, subscription.name())
                                .map(parked -> HealthCheckResponse.named(check).up()
                                        .withData("state", parked == 0 ? "flowing" : "degraded")
                                        .withData("position", position)
                                        .withData("head", head)
                                        .withData("lag", head - position)
                                        .withData("parked", parked)
                                        .build())))
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named(check).down()
                        .withData("error", String.valueOf(e.getMessage())).build());
    }
}
