package ca.imp.contract.offer;

import java.time.LocalDate;

/**
 * The employer recorded evidence that it met one of its compliance obligations on the offer (IRPR 209.2): a
 * reference to the document that shows it and the document's date, never the document itself, and no personal data.
 *
 * @param obligation the obligation's id in offer-service's reference data (e.g. RIGHTS_INFORMATION)
 * @param reference  the employer's own reference to the document (a file name, a register number), plain text
 * @param documentOn the date of the document
 * @param note       what else the employer wants an inspector to read, or null
 */
public record ComplianceEvidenceRecorded(String offerNumber, String obligation, String reference, LocalDate documentOn,
                                         String note) implements OfferEvent {
    public static final int OBLIGATION_LENGTH = 64;
    public static final int REFERENCE_LENGTH = 200;
    public static final int NOTE_LENGTH = 1000;
}
