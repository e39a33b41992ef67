package ca.imp.eventstore.store;

import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the stored data of one event type from one schema version into the next, so that old
 * events are read as the current record without rewriting history.
 */
public record Upcaster(String type, int fromVersion, UnaryOperator<ObjectNode> upcast) {
}
