package ca.imp.offerservice;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;

import ca.imp.contract.EventJson;
import ca.imp.contract.Topics;
import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.TopicClient;

/**
 * What deadline-service publishes about deadlines, sent on its topic as its relay sends it: keyed by the offer number
 * (an inspection's deadline by the inspection's id).
 */
public final class DeadlineTopic {

    private DeadlineTopic() {
    }

    /** Publishes the event under a fresh id, which it returns so that a test can deliver it again. */
    public static UUID publish(DeadlineEvent event) {
        UUID id = UUID.randomUUID();
        publish(id, event);
        return id;
    }

    /** Publishes the event under the given id: the same id again is a redelivery. */
    public static void publish(UUID id, DeadlineEvent event) {
        String type = event.getClass().getSimpleName();
        String stream = stream(event);
        try {
            new TopicClient(LocalStack.shared().kafka().bootstrapServers()).send(Topics.DEADLINES, stream,
                    EventJson.mapper().writeValueAsString(event),
                    new EventEnvelope(id, type, "/deadline-service", stream, Instant.now(), 1, id, null));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the event cannot be written as JSON", e);
        }
    }

    /** The stream the event is recorded in, its key and subject: its offer's, or an inspection's for an inspection's deadline. */
    private static String stream(DeadlineEvent event) {
        if (event.offerNumber() == null && event instanceof DeadlineScheduled scheduled) {
            return scheduled.inspectionId();
        }
        return event.offerNumber();
    }
}
