package ca.imp.contract.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The final determination of the inspection, sent to the employer on {@code sentDate}.
 *
 * @param ampAmount the administrative monetary penalty, for outcome AMP; null otherwise
 * @param currency  the penalty's ISO 4217 currency, for outcome AMP; null otherwise
 * @param violations how many violations the penalty is for (each worker and each element is one), for outcome AMP;
 *                  null otherwise
 * @param banYears  how many years the ban lasts, for outcome BAN; null otherwise
 */
public record DeterminationRendered(String inspectionId, String businessNumber, InspectionOutcome outcome, BigDecimal ampAmount,
                                    String currency, Integer violations, Integer banYears, LocalDate sentDate) implements InspectionEvent {
}
