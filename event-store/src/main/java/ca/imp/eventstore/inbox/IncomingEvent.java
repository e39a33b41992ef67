package ca.imp.eventstore.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;

import ca.imp.contract.EventJson;
import ca.imp.contract.envelope.EventEnvelope;

/** An event received from another service: its CloudEvents envelope and its JSON data. */
public record IncomingEvent(EventEnvelope envelope, String data) {

    public String type() {
        return envelope.type();
    }

    /** Reads the data as the contract record; data that does not fit is unreadable, not retryable. */
    public <T> T as(Class<T> type) {
        if (data == null) {
            throw new UnreadableEvent(envelope.type() + " " + envelope.id() + " has no data");
        }
        try {
            T value = EventJson.mapper().readValue(data, type);
            if (value == null) {
                throw new UnreadableEvent(envelope.type() + " " + envelope.id() + " has no data");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new UnreadableEvent(envelope.type() + " " + envelope.id() + " is not a valid " + type.getSimpleName()
                    + ": " + e.getOriginalMessage());
        }
    }
}
