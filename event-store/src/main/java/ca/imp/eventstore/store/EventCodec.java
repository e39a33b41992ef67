package ca.imp.eventstore.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.imp.contract.EventJson;

/**
 * Maps the records of a sealed event family to stored events and back. The type name is the
 * record's simple name; a type's current schema version is one past its newest upcaster.
 */
public final class EventCodec<E> {
    private final ObjectMapper json = EventJson.mapper();
    private final Map<String, Class<? extends E>> types;
    private final Map<String, List<Upcaster>> upcasters;

    @SuppressWarnings("unchecked")
    private EventCodec(Class<E> family, List<Upcaster> upcasters) {
        if (!family.isSealed()) {
            throw new IllegalArgumentException(family + " must be a sealed interface listing its events");
        }
        this.types = Arrays.stream(family.getPermittedSubclasses())
                .collect(Collectors.toMap(Class::getSimpleName, c -> (Class<? extends E>) c));
        this.upcasters = new HashMap<>();
        upcasters.stream().sorted(Comparator.comparingInt(Upcaster::fromVersion))
                .forEach(u -> this.upcasters.computeIfAbsent(u.type(), t -> new ArrayList<>()).add(u));
    }

    public static <E> EventCodec<E> of(Class<E> family, Upcaster... upcasters) {
        return new EventCodec<>(family, List.of(upcasters));
    }

    public NewEvent encode(E event) {
        String type = event.getClass().getSimpleName();
        try {
            return new NewEvent(type, currentVersion(type), json.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + type, e);
        }
    }

    public List<NewEvent> encode(List<? extends E> events) {
        return events.stream().map(this::encode).toList();
    }

    public E decode(RecordedEvent event) {
        return decode(event.type(), event.schemaVersion(), event.data());
    }

    /** Reads event data of the given type and version as the current record, upcasting as needed. */
    public E decode(String type, int schemaVersion, String data) {
        Class<? extends E> target = types.get(type);
        if (target == null) {
            throw new IllegalArgumentException("unknown event type " + type);
        }
        try {
            ObjectNode node = (ObjectNode) json.readTree(data);
            return json.treeToValue(Upcaster.toCurrent(upcasters.getOrDefault(type, List.of()), type, schemaVersion, node),
                    target);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("unreadable " + type + " v" + schemaVersion + ": " + e.getMessage(), e);
        }
    }

    private int currentVersion(String type) {
        return upcasters.getOrDefault(type, List.of()).stream().mapToInt(Upcaster::fromVersion).max().orElse(0) + 1;
    }
}
