package ca.imp.eventstore.runtime;

import jakarta.inject.Singleton;

import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.inbox.IdempotentConsumer;

/** Makes the idempotent consumers of a service, each with its own inbox name and the configured attempts. */
@Singleton
public class IdempotentConsumers {
    private final Pool pool;
    private final EventStoreConfig config;

    IdempotentConsumers(Pool pool, EventStoreConfig config) {
        this.pool = pool;
        this.config = config;
    }

    /** @param consumer the inbox name, e.g. {@code offer-service/decisions}; never reuse one for another purpose */
    public IdempotentConsumer named(String consumer) {
        return new IdempotentConsumer(pool, consumer, config.consumer().attempts());
    }
}
