package ca.imp.eventstore.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service's event store is wired: where its events are published and how the relay and consumers behave. */
@ConfigMapping(prefix = "event-store")
public interface EventStoreConfig {

    /** The Kafka topic this service's events are published to. */
    String topic();

    /** The CloudEvents source of this service's events, e.g. {@code /offer-service}; set per deployment. */
    String source();

    /** The area that owns the topic, the namespace of its CloudEvents types: {@code offer}, {@code decision}, {@code deadline}. */
    String area();

    /** The base URL this service serves its events' JSON Schemas under, the start of every {@code ce_dataschema}. */
    String schemaBaseUrl();

    Relay relay();

    Consumer consumer();

    ReadModels readModels();

    /** Read at build: whether the service serves /ops/read-models (ops/api/ReadModelsResource). */
    interface ReadModels {
        /** On in a service that registers read models (CatchUpSubscriptions.readModel). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Relay {
        /** Off for a service instance that must not publish (e.g. a read replica). */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("500")
        int batchSize();

        /** How often the relay runs without being woken: the safety net for wake-ups lost with the listening connection. */
        @WithDefault("1s")
        String interval();
    }

    interface Consumer {
        /** How often a received event's effect is tried before the record is dead-lettered. */
        @WithDefault("5")
        int attempts();
    }
}
