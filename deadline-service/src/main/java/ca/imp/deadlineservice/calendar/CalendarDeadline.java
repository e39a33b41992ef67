package ca.imp.deadlineservice.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A deadline as a calendar entry needs it.
 *
 * @param offerNumber      null for an inspection's deadline, as is {@code applicationId}
 * @param inspectionId     the inspection of the employer it belongs to; null for an offer's deadline
 * @param reminderLeadDays the days before the due date of its alarms: its kind's reminder lead days
 */
public record CalendarDeadline(UUID deadlineId, String offerNumber, String applicationId, String inspectionId, String title,
                               LocalDate dueDate,
                               String basis, String source, List<String> warnings, boolean provisional,
                               List<Integer> reminderLeadDays) {
    public CalendarDeadline {
        reminderLeadDays = List.copyOf(reminderLeadDays);
    }
}
