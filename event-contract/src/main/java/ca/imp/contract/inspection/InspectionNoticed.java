package ca.imp.contract.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * The employer received a notice of inspection.
 *
 * @param offerNumbers      the employer's offers the inspection covers
 * @param noticeDate        the date of the notice
 * @param documentsDueDate  the date the notice gives for the documents it asks for
 */
public record InspectionNoticed(String inspectionId, String businessNumber, List<String> offerNumbers, LocalDate noticeDate,
                                LocalDate documentsDueDate) implements InspectionEvent {
    public InspectionNoticed {
        offerNumbers = List.copyOf(offerNumbers);
    }
}
