package ca.imp.deadlineservice.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.deadlineservice.view.DeadlineRecord;

/**
 * A deadline as a portal shows it.
 *
 * @param basis    how the due date was counted, with its source, in plain language
 * @param warnings what a reader must verify (e.g. with counsel) before relying on the date
 */
public record DeadlineView(UUID deadlineId, String offerNumber, String applicationId, String kind, String status,
                           LocalDate startDate, LocalDate dueDate, LocalDate metOn, String basis, String source,
                           List<String> warnings) {

    static DeadlineView of(DeadlineRecord record) {
        return new DeadlineView(record.deadlineId, record.offerNumber, record.applicationId, record.kind, record.status,
                record.startDate, record.dueDate, record.metOn, record.basis, record.source, record.warningList());
    }

    static DeadlineView of(DeadlineScheduled scheduled, DeadlineMet met) {
        return new DeadlineView(scheduled.deadlineId(), scheduled.offerNumber(), scheduled.applicationId(), scheduled.kind(),
                met == null ? "OPEN" : "MET", scheduled.startDate(), scheduled.dueDate(), met == null ? null : met.metOn(),
                scheduled.basis(), scheduled.source(), scheduled.warnings());
    }
}
