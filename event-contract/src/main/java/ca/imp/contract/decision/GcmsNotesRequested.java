package ca.imp.contract.decision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An ATIP request for the officer's GCMS notes was filed for the application; the department has
 * 30 days to answer (Access to Information Act s.7, extendable under s.9). Who filed it is named
 * only in decision-service's own records: this event carries no one's name.
 *
 * @param act               ACCESS_TO_INFORMATION or PRIVACY ({@link AtipAct})
 * @param requesterRole     APPLICANT or REPRESENTATIVE ({@link RequesterRole})
 * @param requesterInCanada where the requester is; an applicant outside Canada needs a requester in Canada
 * @param consentOnFile     the applicant's signed consent (IMM 5744) is on file, as a requester for someone else needs
 * @param fee               the application fee under that act
 */
public record GcmsNotesRequested(String requestId, String applicationId, String offerNumber, String act, LocalDate filedOn,
                                 String requesterRole, boolean requesterInCanada, boolean consentOnFile, BigDecimal fee,
                                 String currency) implements DecisionEvent {
}
