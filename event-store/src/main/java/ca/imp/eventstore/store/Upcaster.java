package ca.imp.eventstore.store;

import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the stored data of one event type from one schema version into the next, so that old
 * events are read as the current record without rewriting history.
 */
public record Upcaster(String type, int fromVersion, UnaryOperator<ObjectNode> upcast) {

    /**
     * The data of an event of that type and version, as the current version: every upcaster of the
     * type from that version on, in order. The store's codec and the consumers of other services'
     * topics read through here alike.
     */
    public static ObjectNode toCurrent(List<Upcaster> upcasters, String type, int schemaVersion, ObjectNode data) {
        ObjectNode node = data;
        for (Upcaster upcaster : upcasters.stream().filter(u -> u.type().equals(type) && u.fromVersion() >= schemaVersion)
                .sorted(Comparator.comparingInt(Upcaster::fromVersion)).toList()) {
            node = upcaster.upcast().apply(node);
        }
        return node;
    }
}
