package ca.imp.contract.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A deadline now runs for the offer's application.
 *
 * @param kind            e.g. {@code JUDICIAL_REVIEW_LEAVE}
 * @param basis           plain-language explanation of the count, with its source
 * @param causeEventId    the event that started the clock (a decision, an ATIP request)
 * @param provisional     counted from a stand-in for its start (record retention from the approval until the first
 *                        day of employment is known); a {@link DeadlineMoved} follows once the start is known
 */
public record DeadlineScheduled(UUID deadlineId, String offerNumber, String applicationId, String kind,
                                LocalDate startDate, LocalDate dueDate, String basis, String source,
                                List<String> warnings, UUID causeEventId, boolean provisional) implements DeadlineEvent {
    public DeadlineScheduled {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A deadline counted from its own start; an event recorded before deadlines could be provisional reads so. */
    public DeadlineScheduled(UUID deadlineId, String offerNumber, String applicationId, String kind, LocalDate startDate,
                             LocalDate dueDate, String basis, String source, List<String> warnings, UUID causeEventId) {
        this(deadlineId, offerNumber, applicationId, kind, startDate, dueDate, basis, source, warnings, causeEventId, false);
    }
}
