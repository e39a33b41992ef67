package ca.imp.deadlineservice.view;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One deadline in the query model that {@code GET /deadlines} reads, a row of {@code deadline_view}.
 * Never the source of truth: {@link DeadlineViewProjection} builds it from the event log and can
 * rebuild it from scratch; {@link DeadlineRows} reads it.
 *
 * @param offerNumber    null for an inspection's deadline, as is {@code applicationId}
 * @param inspectionId   the inspection of an employer the deadline belongs to; null for an offer's deadline
 * @param businessNumber the inspected employer; null for an offer's deadline, whose offer names the employer
 */
public record DeadlineRecord(UUID deadlineId, String offerNumber, String applicationId, String kind, Status status,
                             LocalDate startDate, LocalDate dueDate, String basis, String source, List<String> warnings,
                             LocalDate metOn, boolean provisional, String inspectionId, String businessNumber) {
    private static final String WARNING_SEPARATOR = "\n";

    /** Where a deadline stands; ELAPSED: the due date passed and it was not met. */
    public enum Status {
        OPEN, MET, ELAPSED
    }

    static String joinWarnings(List<String> warnings) {
        return String.join(WARNING_SEPARATOR, warnings);
    }

    static List<String> splitWarnings(String warnings) {
        return warnings == null || warnings.isEmpty() ? List.of() : Arrays.asList(warnings.split(WARNING_SEPARATOR));
    }
}
