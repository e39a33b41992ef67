package ca.imp.contract.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A provisional deadline is now counted from its own start, which became known (record retention from the first
 * day of employment rather than the approval): its dates, basis and source as they now stand. A deadline moves
 * once; its reminders and elapse follow the new due date.
 *
 * @param causeEventId the event that made the start known (an offer's EmploymentStarted)
 */
public record DeadlineMoved(UUID deadlineId, String offerNumber, String applicationId, String kind,
                            LocalDate startDate, LocalDate dueDate, String basis, String source,
                            List<String> warnings, UUID causeEventId) implements DeadlineEvent {
    public DeadlineMoved {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
