package ca.imp.contract.offer;

import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.List;

/**
 * The employer recorded a change to the employment under an approved offer that keeps the offer's occupation, wage
 * and working conditions (IRPR 209.2): what changed, from when, and the documents that show it by reference. A
 * change absent here stays as the offer (or an earlier change) set it.
 *
 * @param effectiveOn  the first day the change applies
 * @param wage         the new wage, or null if unchanged
 * @param hoursPerWeek the new hours of work per week, or null if unchanged
 * @param duties       the new duties, or null if unchanged
 * @param location     the new place of work, or null if unchanged
 * @param documents    the employer's references to the documents about the change (never the documents)
 */
public record EmploymentChanged(String offerNumber, LocalDate effectiveOn, OfferTerms.Wage wage, BigDecimal hoursPerWeek,
                                String duties, OfferTerms.WorkLocation location, List<String> documents) implements OfferEvent {
    public static final int MAX_DOCUMENTS = 10;
    public static final int DOCUMENT_LENGTH = 200;

    public EmploymentChanged {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
