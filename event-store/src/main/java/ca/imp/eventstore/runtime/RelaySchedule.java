package ca.imp.eventstore.runtime;

import java.time.Duration;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import ca.imp.eventstore.relay.OutboxRelay;

/** Drives the outbox relay. A failed round (Kafka or the database away) is retried on the next tick from the same checkpoint. */
@Singleton
public class RelaySchedule {
    private static final Logger LOG = Logger.getLogger(RelaySchedule.class);

    private final OutboxRelay relay;
    private final EventStoreConfig config;

    RelaySchedule(OutboxRelay relay, EventStoreConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Scheduled(every = "${event-store.relay.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPending() {
        if (!config.relay().enabled()) {
            return;
        }
        try {
            relay.relayAll().await().atMost(Duration.ofMinutes(1));
        } catch (RuntimeException e) {
            LOG.warnf("event relay round failed, retrying from the same checkpoint: %s", e.getMessage());
        }
    }
}
