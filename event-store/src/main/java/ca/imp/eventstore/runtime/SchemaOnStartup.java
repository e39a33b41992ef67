package ca.imp.eventstore.runtime;

import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.store.EventStoreSchema;

/** Creates the kernel's tables before the service takes traffic. */
@Singleton
public class SchemaOnStartup {

    void create(@Observes @Priority(1) StartupEvent startup, Pool pool) {
        EventStoreSchema.create(pool).await().atMost(Duration.ofSeconds(30));
    }
}
