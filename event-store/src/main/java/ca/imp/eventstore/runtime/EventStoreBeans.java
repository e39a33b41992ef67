package ca.imp.eventstore.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Tracer;
import io.quarkus.arc.DefaultBean;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.relay.KafkaEventPublisher;
import ca.imp.eventstore.relay.OutboxRelay;
import ca.imp.eventstore.store.CommittedAppends;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.PoolTransactions;
import ca.imp.eventstore.store.Transactions;

/** The kernel's pieces as CDI beans, so each service only configures them. */
@Singleton
public class EventStoreBeans {
    private static final Logger LOG = Logger.getLogger(EventStoreBeans.class);

    /**
     * The system clock, or, when {@code imp.clock.start} is set, a clock that starts at that instant
     * and runs at the normal pace: how a test or a rehearsal puts a whole process at a chosen date.
     * Tests in the same JVM may instead replace this bean with a clock they move.
     */
    @Produces
    @DefaultBean
    @Singleton
    Clock clock(@ConfigProperty(name = "imp.clock.start") Optional<Instant> start) {
        if (start.isEmpty()) {
            return Clock.systemUTC();
        }
        LOG.warnf("imp.clock.start is set: this process believes it is %s, not %s", start.get(), Instant.now());
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start.get()));
    }

    @Produces
    @Singleton
    CommittedAppends committedAppends() {
        return new CommittedAppends();
    }

    @Produces
    @Singleton
    EventStore eventStore(Pool pool, Clock clock, CommittedAppends committedAppends) {
        return new EventStore(pool, clock, committedAppends);
    }

    @Produces
    @Singleton
    Transactions transactions(Pool pool) {
        return new PoolTransactions(pool);
    }

    @Produces
    @Singleton
    KafkaEventPublisher publisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                  EventStoreConfig config, Tracer tracer) {
        return new KafkaEventPublisher(bootstrapServers, config.topic(), config.source(), config.area(),
                config.schemaBaseUrl(), tracer);
    }

    void close(@Disposes KafkaEventPublisher publisher) {
        publisher.close();
    }

    @Produces
    @Singleton
    OutboxRelay relay(EventStore store, KafkaEventPublisher publisher, EventStoreConfig config) {
        return new OutboxRelay(store, publisher, config.relay().batchSize());
    }
}
