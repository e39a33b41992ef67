package ca.imp.offerservice.compliance;

import java.time.LocalDate;

/**
 * What shows an obligation met: a reference to a document and its date (never the document), and a note.
 *
 * @param note what else an inspector should read, or null
 */
public record Evidence(String obligation, String reference, LocalDate documentOn, String note) {
}
