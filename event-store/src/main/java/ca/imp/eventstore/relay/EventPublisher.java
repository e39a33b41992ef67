package ca.imp.eventstore.relay;

import java.util.List;

import ca.imp.eventstore.store.RecordedEvent;

/** Where the relay sends events. Returns only once every event is durably accepted, in the given order. */
public interface EventPublisher {
    void publish(List<RecordedEvent> events);
}
