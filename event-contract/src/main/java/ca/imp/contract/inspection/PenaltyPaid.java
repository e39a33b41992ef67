package ca.imp.contract.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The employer paid the administrative monetary penalty of the determination. */
public record PenaltyPaid(String inspectionId, String businessNumber, BigDecimal amount, String currency, LocalDate paidDate)
        implements InspectionEvent {
}
