package ca.imp.contract.inspection;

import java.time.LocalDate;

/** The officer sent the employer a notice of preliminary finding on this day, which the response is counted from. */
public record PreliminaryFindingSent(String inspectionId, String businessNumber, LocalDate sentDate) implements InspectionEvent {
}
