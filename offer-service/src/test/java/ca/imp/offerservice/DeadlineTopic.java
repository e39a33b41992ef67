package ca.imp.offerservice;

import java.time.Instant;
import java.util.UUID;

import ca.imp.contract.Topics;
import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.contract.deadline.DeadlineScheduled;

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
        // the schema version deadline-service publishes each type at (DeadlineScheduled names its policy since version 2)
        int schemaVersion = event instanceof DeadlineScheduled ? 2 : 1;
        OtherServices.publish(Topics.DEADLINES, "/deadline-service", schemaVersion, id, stream(event),
                event.getClass().getSimpleName(), event);
    }

    /**
     * Publishes data as a producer of the given schema version sends it, e.g. a {@code DeadlineScheduled} of version 1 from
     * an instance not yet upgraded during a rolling upgrade.
     *
     * @param type the CloudEvents type, namespaced ({@code ca.imp.deadline.DeadlineScheduled.v1}) or bare
     * @param data the event's JSON, as that version writes it
     */
    public static UUID publishAt(int schemaVersion, String type, String stream, Object data) {
        UUID id = UUID.randomUUID();
        OtherServices.publish(Topics.DEADLINES, "/deadline-service", schemaVersion, id, stream, type, data);
        return id;
    }

    /**
     * Publishes a later event of an inspection's deadline (a reminder, an elapse), which names no offer and not the
     * inspection either: deadline-service records it in the inspection's stream, so it is keyed by the inspection's id.
     */
    public static UUID publishOfInspection(String inspectionId, DeadlineEvent event) {
        UUID id = UUID.randomUUID();
        OtherServices.publish(Topics.DEADLINES, "/deadline-service", 1, id, inspectionId, event.getClass().getSimpleName(), event);
        return id;
    }

    /** Publishes the event as deadline-service recorded it at {@code time}, e.g. long before it is read. */
    public static UUID publishRecordedAt(Instant time, DeadlineEvent event) {
        UUID id = UUID.randomUUID();
        OtherServices.publish(Topics.DEADLINES, "/deadline-service", 1, id, stream(event), event.getClass().getSimpleName(), event,
                time);
        return id;
    }

    /** The stream the event is recorded in, its key and subject: its offer's, or an inspection's for an inspection's deadline. */
    private static String stream(DeadlineEvent event) {
        if (event.offerNumber() == null && event instanceof DeadlineScheduled scheduled) {
            return scheduled.inspectionId();
        }
        return event.offerNumber();
    }
}
