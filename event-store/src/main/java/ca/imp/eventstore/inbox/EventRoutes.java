package ca.imp.eventstore.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.mutiny.Uni;

import ca.imp.eventstore.store.Transaction;

import ca.imp.eventstore.store.Upcaster;

/**
 * Which effect each type of received event has, by the contract record it is read as. A topic
 * carries more types than a consumer cares about; those are passed over without touching the
 * database.
 */
public final class EventRoutes {

    /** The effect of one type of event, given its data as the contract record. */
    @FunctionalInterface
    public interface DataEffect<T> {
        Uni<Void> apply(Transaction tx, IncomingEvent event, T data);
    }

    private final Map<String, IdempotentConsumer.Effect> effects = new LinkedHashMap<>();

    private EventRoutes() {
    }

    public static EventRoutes create() {
        return new EventRoutes();
    }

    /**
     * Routes events whose CloudEvents type names the record's simple name, namespaced
     * ({@code ca.imp.decision.DecisionRendered.v1}) or bare ({@code DecisionRendered}, as older records carry),
     * read as the current schema version through the type's upcasters.
     */
    public <T> EventRoutes on(Class<T> type, DataEffect<T> effect, Upcaster... upcasters) {
        List<Upcaster> chain = List.of(upcasters);
        effects.put(type.getSimpleName(), (tx, event) -> effect.apply(tx, event, event.as(type, chain)));
        return this;
    }

    /** @param type the event's name in the contract, {@link IncomingEvent#type()} */
    Optional<IdempotentConsumer.Effect> effectFor(String type) {
        return Optional.ofNullable(effects.get(type));
    }
}
