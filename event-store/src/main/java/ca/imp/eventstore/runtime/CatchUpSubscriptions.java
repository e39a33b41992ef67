package ca.imp.eventstore.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.Readiness;

import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.eventstore.relay.OutboxRelay;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.observability.SampledGauges;
import ca.imp.eventstore.parking.ParkedEvents;
import ca.imp.eventstore.readmodel.ReadModel;
import ca.imp.eventstore.readmodel.ReadModelRebuilds;
import ca.imp.eventstore.subscription.CatchUpSubscription;

/**
 * Makes the catch-up subscriptions of a service and knows them by name: for operators' retries of
 * their parked events, and for readiness, where each reports its lag and parked events. The
 * outbox relay is one of them, reported as {@code event relay}.
 */
@Singleton
public class CatchUpSubscriptions {
    /** The relay's lag: events stored but not yet published. */
    static final String RELAY_LAG = "imp.relay.lag";
    static final String SUBSCRIPTION_LAG = "imp.subscription.lag";
    private final EventStore store;
    private final Pool pool;
    private final HealthRegistry readiness;
    private final SampledGauges gauges;
    private final Map<String, CatchUpSubscription> subscriptions = new ConcurrentSkipListMap<>();
    /** The subscriptions a commit wakes: all but a relay that is switched off. */
    private final Map<String, CatchUpSubscription> woken = new ConcurrentSkipListMap<>();
    private final Map<String, ReadModel> readModels = new ConcurrentSkipListMap<>();

    CatchUpSubscriptions(EventStore store, Pool pool, @Readiness HealthRegistry readiness, SampledGauges gauges) {
        this.store = store;
        this.pool = pool;
        this.readiness = readiness;
        this.gauges = gauges;
    }

    /** A subscription that reads each event as a record of the codec's family and applies its effect, in log order. */
    public <E> CatchUpSubscription eachEvent(String name, int batchSize, EventCodec<E> codec,
                                             CatchUpSubscription.EventEffect<E> effect) {
        CatchUpSubscription subscription = register("subscription " + name, SUBSCRIPTION_LAG,
                CatchUpSubscription.eachEvent(store, name, batchSize, codec, effect));
        // made after the listener woke everything it knew: the log may hold its backlog already
        subscription.wake();
        return subscription;
    }

    /**
     * A read model: a subscription that reads each event as a record of the codec's family and writes its effect into
     * {@code tables}, which it alone writes, so that an operator may rebuild it from the log (ops/RebuildReadModel).
     * Its effect must be idempotent and must cause nothing outside those tables.
     */
    public <E> ReadModel readModel(String name, List<String> tables, int batchSize, EventCodec<E> codec,
                                   CatchUpSubscription.EventEffect<E> effect) {
        CatchUpSubscription subscription = register("subscription " + name, SUBSCRIPTION_LAG,
                CatchUpSubscription.eachEvent(store, name, batchSize, codec, effect, ReadModelRebuilds::reached));
        ReadModel model = new ReadModel(name, tables, subscription);
        readModels.put(name, model);
        subscription.wake();
        return model;
    }

    /**
     * A subscription that applies its effect to each batch of events as stored, whatever their types: for a consequence
     * that forwards the log rather than reads it (webhooks), so that it need not know every family in it.
     */
    public CatchUpSubscription eachBatch(String name, int batchSize, CatchUpSubscription.BatchHandler handler) {
        CatchUpSubscription subscription = register("subscription " + name, SUBSCRIPTION_LAG, new CatchUpSubscription(store, name, batchSize, handler));
        subscription.wake();
        return subscription;
    }

    /** The read models of this service, by name. */
    public Collection<ReadModel> readModels() {
        return readModels.values();
    }

    public Optional<ReadModel> readModel(String name) {
        return Optional.ofNullable(readModels.get(name));
    }

    public Optional<CatchUpSubscription> find(String name) {
        return Optional.ofNullable(subscriptions.get(name));
    }

    /** Every subscription catches up now, or once more after the round it is in. */
    public void wakeAll() {
        woken.values().forEach(CatchUpSubscription::wake);
    }

    void followRelay(@Observes @Priority(2) StartupEvent startup, OutboxRelay relay, EventStoreConfig config) {
        CatchUpSubscription subscription = register("event relay", RELAY_LAG, relay.subscription());
        if (!config.relay().enabled()) {
            woken.remove(subscription.name());
        }
    }

    private CatchUpSubscription register(String check, String lagGauge, CatchUpSubscription subscription) {
        if (subscriptions.putIfAbsent(subscription.name(), subscription) != null) {
            throw new IllegalStateException("two subscriptions are named " + subscription.name());
        }
        readiness.register(check, new SubscriptionHealth(check, subscription, pool));
        Tags named = Tags.of("subscription", subscription.name());
        gauges.register(lagGauge, "events", "Events stored after the checkpoint, not yet applied (counted up to "
                + SubscriptionHealth.LAG_COUNTED_UP_TO + ")", lagGauge.equals(RELAY_LAG) ? Tags.empty() : named,
                () -> subscription.eventsBehind(SubscriptionHealth.LAG_COUNTED_UP_TO).map(Optional::of));
        gauges.register("imp.parked", "events", "Events parked by the subscription until an operator retries them", named,
                () -> ParkedEvents.count(pool, subscription.name()).map(Optional::of));
        woken.put(subscription.name(), subscription);
        return subscription;
    }
}
