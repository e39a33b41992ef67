package ca.imp.contract.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A deadline that still runs is {@code daysBefore} days away: time to remind the employer and the
 * worker. Carries what a reminder needs to say, so a consumer needs no lookup.
 *
 * @param remindAt when the reminder was due (a late firing, e.g. after an outage, keeps this time)
 */
public record DeadlineReminderDue(UUID deadlineId, String offerNumber, String applicationId, String kind,
                                  LocalDate dueDate, int daysBefore, Instant remindAt) implements DeadlineEvent {
}
