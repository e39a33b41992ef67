package ca.imp.eventstore.runtime;

import java.time.Clock;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.DefaultBean;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.relay.KafkaEventPublisher;
import ca.imp.eventstore.relay.OutboxRelay;
import ca.imp.eventstore.store.EventStore;

/** The kernel's pieces as CDI beans, so each service only configures them. */
@Singleton
public class EventStoreBeans {

    /** The system clock; tests replace it to move time. */
    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    EventStore eventStore(Pool pool, Clock clock) {
        return new EventStore(pool, clock);
    }

    @Produces
    @Singleton
    KafkaEventPublisher publisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                  EventStoreConfig config) {
        return new KafkaEventPublisher(bootstrapServers, config.topic(), config.source());
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
