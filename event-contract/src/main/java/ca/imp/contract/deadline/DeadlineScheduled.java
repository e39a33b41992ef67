package ca.imp.contract.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A deadline now runs for the offer's application, or for an inspection of an employer.
 *
 * @param offerNumber     the offer whose application the deadline belongs to; null for an inspection's deadline, which
 *                        belongs to no one offer
 * @param applicationId   null for an inspection's deadline
 * @param kind            e.g. {@code JUDICIAL_REVIEW_LEAVE}
 * @param basis           plain-language explanation of the count, with its source
 * @param causeEventId    the event that started the clock (a decision, an ATIP request, an inspection's notice)
 * @param provisional     counted from a stand-in for its start (record retention from the approval until the first
 *                        day of employment is known); a {@link DeadlineMoved} follows once the start is known
 * @param inspectionId    the inspection the deadline belongs to (e.g. {@code PRELIMINARY_FINDING_RESPONSE_DUE}); null for
 *                        an offer's deadline, and in every event recorded before inspections had deadlines
 * @param businessNumber  the inspected employer, whom an inspection's deadline is shown to; null for an offer's deadline
 *                        (its offer names the employer), and in every event recorded before inspections had deadlines
 * @param policy          the deadline policy that counted it (schema version 2). Null in every event of schema version 1,
 *                        which did not record it ({@link #fromVersion1}): "not recorded", never derived, since the policy
 *                        in force when such an event was recorded is not known exactly
 */
public record DeadlineScheduled(UUID deadlineId, String offerNumber, String applicationId, String kind,
                                LocalDate startDate, LocalDate dueDate, String basis, String source,
                                List<String> warnings, UUID causeEventId, boolean provisional, String inspectionId,
                                String businessNumber, DeadlinePolicy policy) implements DeadlineEvent {
    public DeadlineScheduled {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        if ((inspectionId == null) != (businessNumber == null)) {
            throw new IllegalArgumentException("an inspection's deadline names both the inspection and the employer");
        }
        if (inspectionId == null && offerNumber == null) {
            throw new IllegalArgumentException("a deadline belongs to an offer or to an inspection");
        }
    }

    /** An offer's deadline. */
    public DeadlineScheduled(UUID deadlineId, String offerNumber, String applicationId, String kind, LocalDate startDate,
                             LocalDate dueDate, String basis, String source, List<String> warnings, UUID causeEventId,
                             boolean provisional, DeadlinePolicy policy) {
        this(deadlineId, offerNumber, applicationId, kind, startDate, dueDate, basis, source, warnings, causeEventId,
                provisional, null, null, policy);
    }

    /** A deadline counted from its own start; an event recorded before deadlines could be provisional reads so. */
    public DeadlineScheduled(UUID deadlineId, String offerNumber, String applicationId, String kind, LocalDate startDate,
                             LocalDate dueDate, String basis, String source, List<String> warnings, UUID causeEventId,
                             DeadlinePolicy policy) {
        this(deadlineId, offerNumber, applicationId, kind, startDate, dueDate, basis, source, warnings, causeEventId, false,
                policy);
    }

    /** An inspection's deadline: it belongs to no offer. */
    public static DeadlineScheduled ofInspection(UUID deadlineId, String inspectionId, String businessNumber, String kind,
                                                 LocalDate startDate, LocalDate dueDate, String basis, String source,
                                                 List<String> warnings, UUID causeEventId, DeadlinePolicy policy) {
        return new DeadlineScheduled(deadlineId, null, null, kind, startDate, dueDate, basis, source, warnings, causeEventId,
                false, inspectionId, businessNumber, policy);
    }

    /**
     * Reads the data of schema version 1, from before {@code policy}, as version 2: the policy is "not recorded" (null).
     * The one home of that reading; deadline-service's store and every consumer of {@code imp.deadlines} upcast through
     * it. Data that already names a policy (sent with the default version by a hand-written producer) keeps its word.
     */
    public static ObjectNode fromVersion1(ObjectNode data) {
        if (!data.has("policy")) {
            data.putNull("policy");
        }
        return data;
    }
}
