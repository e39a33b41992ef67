package ca.imp.offerservice.compliance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;

import ca.imp.contract.offer.EmploymentChanged;
import ca.imp.contract.offer.OfferTerms;

/**
 * A change the employer asks to record: what changes (absent: as it stands), from when, and whether it is a promotion
 * or another occupation, which no recorded change may be.
 *
 * @param nocCode   the occupation after the change, or null if unchanged
 * @param promotion whether the change is a promotion
 * @param documents the employer's references to the documents about the change
 */
public record EmploymentChange(LocalDate effectiveOn, OfferTerms.Wage wage, BigDecimal hoursPerWeek, String nocCode, String duties,
                               OfferTerms.WorkLocation location, boolean promotion, List<String> documents) {
    public EmploymentChange {
        documents = List.copyOf(documents);
    }

    /** Whether it changes anything at all. */
    boolean changesNothing() {
        return wage == null && hoursPerWeek == null && nocCode == null && duties == null && location == null && !promotion;
    }

    EmploymentChanged recorded(String offerNumber) {
        return new EmploymentChanged(offerNumber, effectiveOn, wage, hoursPerWeek, duties, location, documents);
    }

    /** The job as the change leaves it: what the change names, the rest as it was. */
    public static OfferTerms.Job applied(OfferTerms.Job job, EmploymentChanged change) {
        return new OfferTerms.Job(job.title(), job.nocCode(), change.duties() != null ? change.duties() : job.duties(),
                change.hoursPerWeek() != null ? change.hoursPerWeek() : job.hoursPerWeek(),
                change.wage() != null ? change.wage() : job.wage(), job.benefits(),
                change.location() != null ? change.location() : job.location(), job.startDate(), job.endDate());
    }

    /**
     * The wage per hour of work, so that a wage stated per another unit, or a salary for more hours, compares with the
     * offer's: a year is 52 weeks, a month a twelfth of a year.
     */
    static BigDecimal hourly(OfferTerms.Wage wage, BigDecimal hoursPerWeek) {
        BigDecimal weekly = switch (wage.unit()) {
            case HOUR -> wage.amount().multiply(hoursPerWeek);
            case WEEK -> wage.amount();
            case MONTH -> wage.amount().multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(52), MathContext.DECIMAL64);
            case YEAR -> wage.amount().divide(BigDecimal.valueOf(52), MathContext.DECIMAL64);
        };
        return weekly.divide(hoursPerWeek, MathContext.DECIMAL64);
    }
}
