package ca.imp.eventstore.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.Readiness;

import org.eclipse.microprofile.config.ConfigProvider;

import io.micrometer.core.instrument.Tags;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.inbox.EventRoutes;
import ca.imp.eventstore.inbox.IdempotentConsumer;
import ca.imp.eventstore.inbox.RoutedConsumer;
import ca.imp.eventstore.observability.SampledGauges;
import ca.imp.eventstore.parking.DeadLetters;

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
    private final SampledGauges gauges;
    private final Tracer tracer;
    private final Map<String, RoutedConsumer> consumers = new ConcurrentSkipListMap<>();

    IdempotentConsumers(Pool pool, EventStoreConfig config, @Readiness HealthRegistry readiness, KafkaClientService kafka,
                        SampledGauges gauges, Tracer tracer) {
        this.pool = pool;
        this.config = config;
        this.readiness = readiness;
        this.kafka = kafka;
        this.gauges = gauges;
        this.tracer = tracer;
    }

    /**
     * The consumer of the given routes, known by its inbox name from now on.
     *
     * @param consumer the inbox name, e.g. {@code offer-service/decisions}; never reuse one for another purpose
     * @param channel  the incoming channel whose records it consumes, e.g. {@code decisions}: its lag is read there
     */
    public RoutedConsumer named(String consumer, String channel, EventRoutes routes) {
        RoutedConsumer routed = new RoutedConsumer(pool, new IdempotentConsumer(pool, consumer, config.consumer().attempts(), tracer),
                routes);
        if (consumers.putIfAbsent(consumer, routed) != null) {
            throw new IllegalStateException("two consumers are named " + consumer);
        }
        ConsumerHealth health = new ConsumerHealth(consumer, channel, pool, kafka);
        readiness.register("consumer " + consumer, health);
        String topic = ConfigProvider.getConfig().getOptionalValue("mp.messaging.incoming." + channel + ".topic", String.class)
                .orElse(channel);
        gauges.register("imp.consumer.lag", "records", "Records of the topic not yet acknowledged by the consumer",
                Tags.of("consumer", consumer, "topic", topic),
                () -> health.lag().map(lag -> lag.known() ? Optional.of(lag.records()) : Optional.empty()));
        gauges.register("imp.dead.letters", "records", "Records the consumer dead-lettered until an operator retries them",
                Tags.of("consumer", consumer), () -> DeadLetters.count(pool, consumer).map(Optional::of));
        return routed;
    }

    public Optional<RoutedConsumer> find(String consumer) {
        return Optional.ofNullable(consumers.get(consumer));
    }
}
