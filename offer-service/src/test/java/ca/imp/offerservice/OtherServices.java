package ca.imp.offerservice;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;

import ca.imp.contract.EventJson;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.TopicClient;

/** An event of another service, sent on its topic as that service's relay sends it: its data as JSON, its CloudEvents headers. */
final class OtherServices {

    private OtherServices() {
    }

    /**
     * @param source        the service, e.g. {@code /decision-service}
     * @param schemaVersion the version of the data's shape the service publishes
     * @param stream        the stream the event is recorded in: its key and subject
     */
    static void publish(String topic, String source, int schemaVersion, UUID id, String stream, String type, Object event) {
        publish(topic, source, schemaVersion, id, stream, type, event, Instant.now());
    }

    /** @param time when the service recorded the event ({@code ce_time}) */
    static void publish(String topic, String source, int schemaVersion, UUID id, String stream, String type, Object event,
                        Instant time) {
        try {
            new TopicClient(LocalStack.shared().kafka().bootstrapServers()).send(topic, stream,
                    EventJson.mapper().writeValueAsString(event),
                    new EventEnvelope(id, type, source, stream, time, schemaVersion, id, null));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the event cannot be written as JSON", e);
        }
    }
}
