package ca.imp.contract.decision;

import java.time.LocalDate;

/**
 * An ATIP request for the officer's GCMS notes was filed for the application; the department has
 * 30 days to answer (Access to Information Act s.7, extendable under s.9).
 *
 * @param act       ACCESS_TO_INFORMATION or PRIVACY
 * @param requester who filed it (for an applicant outside Canada, a requester in Canada with consent)
 */
public record GcmsNotesRequested(String requestId, String applicationId, String offerNumber, String act, LocalDate filedOn,
                                 String requester) implements DecisionEvent {
}
