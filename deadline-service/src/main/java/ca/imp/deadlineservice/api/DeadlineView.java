package ca.imp.deadlineservice.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ca.imp.deadlineservice.view.DeadlineRecord;

/**
 * A deadline as a portal shows it.
 *
 * @param basis    how the due date was counted, with its source, in plain language
 * @param warnings what a reader must verify (e.g. with counsel) before relying on the date
 */
public record DeadlineView(UUID deadlineId, String offerNumber, String applicationId, String kind, String status,
                           LocalDate startDate, LocalDate dueDate, String basis, String source, List<String> warnings) {

    static DeadlineView of(DeadlineRecord record) {
        return new DeadlineView(record.deadlineId, record.offerNumber, record.applicationId, record.kind, record.status,
                record.startDate, record.dueDate, record.basis, record.source, record.warningList());
    }
}
