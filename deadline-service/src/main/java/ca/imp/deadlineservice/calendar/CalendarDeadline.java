package ca.imp.deadlineservice.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A deadline as a calendar entry needs it.
 *
 * @param reminderLeadDays the days before the due date of its alarms: its kind's reminder lead days
 */
public record CalendarDeadline(UUID deadlineId, String offerNumber, String applicationId, String title, LocalDate dueDate,
                               String basis, String source, List<String> warnings, boolean provisional,
                               List<Integer> reminderLeadDays) {
    public CalendarDeadline {
        reminderLeadDays = List.copyOf(reminderLeadDays);
    }
}
