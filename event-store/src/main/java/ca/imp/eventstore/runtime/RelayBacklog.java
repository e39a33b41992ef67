package ca.imp.eventstore.runtime;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.relay.OutboxRelay;

/**
 * Tells operators, on {@code /q/health/ready}, how far the relay has published and how many
 * stored events still wait for Kafka. A backlog is reported, not treated as "down": the events
 * are safe in the store and go out once Kafka is back.
 */
@Readiness
@Singleton
public class RelayBacklog implements AsyncHealthCheck {
    private final OutboxRelay relay;
    private final Pool pool;

    RelayBacklog(OutboxRelay relay, Pool pool) {
        this.relay = relay;
        this.pool = pool;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return relay.checkpoint().chain(published -> pool.query("SELECT coalesce(max(global_position), 0) AS head FROM events")
                        .execute()
                        .map(rows -> rows.iterator().next().getLong("head"))
                        .map(stored -> HealthCheckResponse.named("event relay").up()
                                .withData("publishedPosition", published)
                                .withData("storedPosition", stored)
                                .withData("unpublished", stored - published)
                                .build()))
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named("event relay").down()
                        .withData("error", String.valueOf(e.getMessage())).build());
    }
}
