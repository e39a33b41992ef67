package ca.imp.eventstore.runtime;

import jakarta.inject.Singleton;

import io.quarkus.scheduler.Scheduled;

import ca.imp.eventstore.relay.OutboxRelay;

/**
 * Drives the outbox relay as a safety net: commits wake it at once ({@link AppendWakeups}); this tick covers
 * notifications lost with the listening connection. A failed round (Kafka or the database away) is retried on
 * the next tick or wake-up from the same checkpoint.
 */
@Singleton
public class RelaySchedule {
    private final OutboxRelay relay;
    private final EventStoreConfig config;

    RelaySchedule(OutboxRelay relay, EventStoreConfig config) {
        this.relay = relay;
        this.config = config;
    }

    // the interval and its default are EventStoreConfig.Relay#interval(), whose default the config carries
    @Scheduled(every = "${event-store.relay.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPending() {
        if (!config.relay().enabled()) {
            return;
        }
        relay.subscription().wake();
    }
}
