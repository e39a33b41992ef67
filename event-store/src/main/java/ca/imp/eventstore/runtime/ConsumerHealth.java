package ca.imp.eventstore.runtime;

import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.parking.DeadLetters;

/**
 * A consumer's readiness: {@code flowing}, or {@code degraded} while records it dead-lettered wait
 * for an operator. Degraded stays UP: the consumer goes on with the next records and the instance
 * serves requests as well as any other; taking it out of the load balancer would not bring the
 * records back. DOWN only when its dead letters cannot be counted (the database is away).
 */
final class ConsumerHealth implements AsyncHealthCheck {
    private final String consumer;
    private final Pool pool;

    ConsumerHealth(String consumer, Pool pool) {
        this.consumer = consumer;
        this.pool = pool;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        String check = "consumer " + consumer;
        return DeadLetters.count(pool, consumer)
                .map(deadLetters -> HealthCheckResponse.named(check).up()
                        .withData("state", deadLetters == 0 ? "flowing" : "degraded")
                        .withData("deadLetters", deadLetters)
                        .build())
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named(check).down()
                        .withData("error", String.valueOf(e.getMessage())).build());
    }
}
