package ca.imp.deadlineservice.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.deadlineservice.view.DeadlineRecord;

/**
 * A deadline as a portal shows it.
 *
 * @param basis    how the due date was counted, with its source, in plain language
 * @param warnings what a reader must verify (e.g. with counsel) before relying on the date
 */
public record DeadlineView(
        @Schema(description = "The deadline's id.", example = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b")
        UUID deadlineId,
        @Schema(description = "The offer whose decision started it; null for an inspection's deadline.", example = "A8108406")
        String offerNumber,
        @Schema(description = "The application whose decision started it; null for an inspection's deadline.", example = "A8108406-1")
        String applicationId,
        @Schema(description = "The inspection of the employer it belongs to; null for an offer's deadline.", example = "5b0c2a4e-8d7f-4c1a-9e63-2f4b7d1c9a80")
        String inspectionId,
        @Schema(description = "The inspected employer (CRA business number); null for an offer's deadline, whose offer names the employer.", example = "123456789")
        String businessNumber,
        @Schema(description = "The deadline's kind.", example = "JUDICIAL_REVIEW_LEAVE")
        String kind,
        @Schema(description = "OPEN, MET once met, or ELAPSED: the due date passed and it was not met.", example = "OPEN")
        DeadlineRecord.Status status,
        @Schema(description = "The day the count starts from.", example = "2026-06-16")
        LocalDate startsOn,
        @Schema(description = "The last day to act.", example = "2026-07-02")
        LocalDate dueOn,
        @Schema(description = "The day it was met.", example = "2026-06-25")
        LocalDate metOn,
        @Schema(description = "How the due date was counted, with its source, in plain language.", example = "15 days after the decision was communicated (IRPA 72(2)(b)); Canada Day moves it to the next day.")
        String basis,
        @Schema(description = "The rule the deadline comes from.", example = "IRPA 72(2)(b)")
        String source,
        @Schema(description = "What a reader must verify (e.g. with counsel) before relying on the date.", example = "[\"Verify with counsel.\"]")
        List<String> warnings,
        @Schema(description = "Counted from a stand-in for its start until the start is known: record retention from the approval, and the worker's rights information from the first day of work the offer planned, until the employer records the first day of employment, when the deadline moves.", example = "false")
        boolean provisional) {

    static DeadlineView of(DeadlineRecord record) {
        return new DeadlineView(record.deadlineId(), record.offerNumber(), record.applicationId(), record.inspectionId(),
                record.businessNumber(), record.kind(), record.status(),
                record.startDate(), record.dueDate(), record.metOn(), record.basis(), record.source(), record.warnings(),
                record.provisional());
    }

    static DeadlineView of(DeadlineScheduled scheduled, DeadlineMet met) {
        return new DeadlineView(scheduled.deadlineId(), scheduled.offerNumber(), scheduled.applicationId(),
                scheduled.inspectionId(), scheduled.businessNumber(), scheduled.kind(),
                met == null ? DeadlineRecord.Status.OPEN : DeadlineRecord.Status.MET, scheduled.startDate(), scheduled.dueDate(), met == null ? null : met.metOn(),
                scheduled.basis(), scheduled.source(), scheduled.warnings(), scheduled.provisional());
    }
}
