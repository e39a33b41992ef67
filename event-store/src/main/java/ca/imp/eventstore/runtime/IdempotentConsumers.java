package ca.imp.eventstore.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.HealthRegistry;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.inbox.EventRoutes;
import ca.imp.eventstore.inbox.IdempotentConsumer;
import ca.imp.eventstore.inbox.RoutedConsumer;

/**
 * Makes the consumers of a service, each with its own inbox name and the configured attempts, and
 * knows them by name: for operators' retries of their dead letters, and for readiness, where each
 * reports its dead letters and its lag.
 */
@Singleton
public class IdempotentConsumers {
    private final Pool pool;
    private final EventStoreConfig config;
    private final HealthRegistry readiness;
    private final KafkaClientService kafka;
    private final Map<String, RoutedConsumer> consumers = new ConcurrentSkipListMap<>();

    IdempotentConsumers(Pool pool, EventStoreConfig config, @Readiness HealthRegistry readiness, KafkaClientService kafka) {
        this.pool = pool;
        this.config = config;
        this.readiness = readiness;
        this.kafka = kafka;
    }

    /**
     * The consumer of the given routes, known by its inbox name from now on.
     *
     * @param consumer the inbox name, e.g. {@code offer-service/decisions}; never reuse one for another purpose
     * @param channel  the incoming channel whose records it consumes, e.g. {@code decisions}: its lag is read there
     */
    public RoutedConsumer named(String consumer, String channel, EventRoutes routes) {
        RoutedConsumer routed = new RoutedConsumer(pool, new IdempotentConsumer(pool, consumer, config.consumer().attempts()),
                routes);
        if (consumers.putIfAbsent(consumer, routed) != null) {
            throw new IllegalStateException("two consumers are named " + consumer);
        }
        readiness.register("consumer " + consumer, new ConsumerHealth(consumer, channel, pool, kafka));
        return routed;
    }

    public Optional<RoutedConsumer> find(String consumer) {
        return Optional.ofNullable(consumers.get(consumer));
    }
}
