package ca.imp.eventstore.observability;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Gauges whose value needs a question to the database or the brokers (a lag, a count of parked events, the timers
 * due): a scrape must not wait on either, so each is asked on a schedule and a scrape reads the last answer. Until a
 * first answer, and when the last question failed, the gauge reads NaN: "unknown" rather than a reassuring zero.
 */
@Singleton
public class SampledGauges {
    private static final Logger LOG = Logger.getLogger(SampledGauges.class);

    private final MeterRegistry registry;
    private final List<Sampled> gauges = new CopyOnWriteArrayList<>();

    SampledGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * A gauge named as Micrometer names (dots; the Prometheus name adds the unit: {@code imp.relay.lag} in
     * {@code events} is scraped as {@code imp_relay_lag_events}); {@code sample} answers empty when the value cannot
     * be known right now.
     */
    public void register(String name, String unit, String description, Tags tags, Supplier<Uni<Optional<Long>>> sample) {
        Sampled sampled = new Sampled(name + tags, sample, new AtomicReference<>(Double.NaN));
        Gauge.builder(name, sampled.last(), AtomicReference::get).baseUnit(unit).description(description).tags(tags)
                .register(registry);
        gauges.add(sampled);
        // a first answer now rather than on the next round: a scrape right after startup reads a value
        sampled.sample().subscribe().with(ignored -> { });
    }

    @Scheduled(every = "${imp.metrics.sample-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> sampleAll() {
        return Multi.createFrom().iterable(gauges).onItem().transformToUniAndConcatenate(Sampled::sample)
                .collect().last().replaceWithVoid();
    }

    private record Sampled(String gauge, Supplier<Uni<Optional<Long>>> question, AtomicReference<Double> last) {
        Uni<Void> sample() {
            return question.get()
                    .invoke(value -> last.set(value.map(Long::doubleValue).orElse(Double.NaN)))
                    .onFailure().invoke(e -> {
                        last.set(Double.NaN);
                        LOG.debugf("gauge %s not sampled: %s", gauge, e.getMessage());
                    })
                    .onFailure().recoverWithNull()
                    .replaceWithVoid();
        }
    }
}
