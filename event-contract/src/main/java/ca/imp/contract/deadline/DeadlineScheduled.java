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
 */
public record DeadlineScheduled(UUID deadlineId, String offerNumber, String applicationId, String kind,
                                LocalDate startDate, LocalDate dueDate, String basis, String source,
                                List<String> warnings, UUID causeEventId) implements DeadlineEvent {
    public DeadlineScheduled {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
