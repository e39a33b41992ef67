package ca.imp.eventstore.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.parking.DeadLetters;

/**
 * A consumer's readiness: {@code flowing}, or {@code degraded} while records it dead-lettered wait
 * for an operator, with its {@code lag}: the records of its partitions it has not yet acknowledged
 * (the end of each partition less the group's committed offset, or less its beginning when nothing
 * is committed yet). Degraded stays UP: the consumer goes on with the next records and the instance
 * serves requests as well as any other; taking it out of the load balancer would not bring the
 * records back. A lag is reported, not "down" either: the records are safe in Kafka. DOWN only
 * when its dead letters cannot be counted (the database is away); a lag that cannot be read (Kafka
 * is away, or the channel has no consumer yet) is left out and {@code lagUnknown} says why.
 */
final class ConsumerHealth implements AsyncHealthCheck {
    /** Each question to the brokers waits this long at most, on the consumer's own polling thread. */
    private static final Duration ASK = Duration.ofSeconds(2);

    private final String consumer;
    private final String channel;
    private final Pool pool;
    private final KafkaClientService kafka;

    ConsumerHealth(String consumer, String channel, Pool pool, KafkaClientService kafka) {
        this.consumer = consumer;
        this.channel = channel;
        this.pool = pool;
        this.kafka = kafka;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        String check = "consumer " + consumer;
        return DeadLetters.count(pool, consumer)
                .chain(deadLetters -> lag().map(lag -> {
                    HealthCheckResponseBuilder response = HealthCheckResponse.named(check).up()
                            .withData("state", deadLetters == 0 ? "flowing" : "degraded")
                            .withData("deadLetters", deadLetters);
                    return lag.known() ? response.withData("lag", lag.records()).build()
                            : response.withData("lagUnknown", lag.reason()).build();
                }))
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named(check).down()
                        .withData("error", String.valueOf(e.getMessage())).build());
    }

    record Lag(long records, String reason) {
        boolean known() {
            return reason == null;
        }
    }

    /** The sum over the channel's consumers (one per partition it is configured to consume concurrently). */
    Uni<Lag> lag() {
        List<KafkaConsumer<Object, Object>> consumers = kafka.getConsumers(channel);
        if (consumers.isEmpty()) {
            return Uni.createFrom().item(new Lag(0, "the channel " + channel + " has no consumer yet"));
        }
        return Multi.createFrom().iterable(consumers)
                .onItem().transformToUniAndConcatenate(c -> c.runOnPollingThread(ConsumerHealth::behind))
                .collect().asList()
                .map(behind -> new Lag(behind.stream().mapToLong(Long::longValue).sum(), null))
                .ifNoItem().after(ASK.multipliedBy(2)).fail()
                .onFailure().recoverWithItem(e -> new Lag(0, String.valueOf(e.getMessage())));
    }

    private static long behind(Consumer<Object, Object> consumer) {
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, ASK);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(assigned, ASK);
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(assigned, ASK);
        long behind = 0;
        for (TopicPartition partition : assigned) {
            OffsetAndMetadata done = committed.get(partition);
            long from = done == null ? beginnings.getOrDefault(partition, 0L) : done.offset();
            behind += Math.max(0, ends.getOrDefault(partition, from) - from);
        }
        return behind;
    }
}
