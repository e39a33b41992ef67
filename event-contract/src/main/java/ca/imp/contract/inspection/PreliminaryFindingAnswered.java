package ca.imp.contract.inspection;

import java.time.LocalDate;

/**
 * The employer responded to the notice of preliminary finding.
 *
 * @param reference the employer's reference of the response (a document reference, not the document)
 */
public record PreliminaryFindingAnswered(String inspectionId, String businessNumber, LocalDate responseDate, String reference)
        implements InspectionEvent {
}
