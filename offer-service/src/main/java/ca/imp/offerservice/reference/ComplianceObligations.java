package ca.imp.offerservice.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Singleton;

import ca.imp.contract.offer.OfferTerms.Province;

/**
 * The obligations an approved offer brings its employer (IRPR 209.2, domain.md "After the approval"), and the
 * provinces that require employers of foreign workers to register, and how far a change to the employment may depart
 * from the offer: policy data with effective dates and sources, so that a new obligation or a province's new registry
 * is a row, not code.
 */
@Singleton
public class ComplianceObligations {

    /** When an obligation is due. */
    public enum Due {
        /** Before the offer is made: the product can count it only from the approval. */
        BEFORE_OFFER,
        /** On or before the worker's first day of work. */
        FIRST_DAY_OF_WORK
    }

    /** Where an obligation applies. */
    public enum AppliesWhere {
        EVERY_PROVINCE,
        /** Only where the province of the work requires employers of foreign workers to register. */
        PROVINCE_REQUIRES_REGISTRATION
    }

    /** One obligation, as a checklist names it. */
    public record Obligation(String id, String label, String regulation, Due due, AppliesWhere appliesWhere,
                             LocalDate effectiveFrom, LocalDate effectiveTo, String source) implements ReferenceTable.Dated {
    }

    /** A province's registry of employers of foreign workers. */
    public record Registration(Province province, String registry, LocalDate effectiveFrom, LocalDate effectiveTo,
                               String source) implements ReferenceTable.Dated {
        public boolean inForce(Province of, LocalDate on) {
            return province == of && inForceOn(on);
        }
    }

    /**
     * How far a change to the employment may depart from the offer and still be "substantially the same" (IRPR 209.2):
     * the hours of work may fall below the offer's by at most this percentage.
     */
    public record ChangeTolerance(BigDecimal hoursReductionTolerancePercent, LocalDate effectiveFrom,
                                  LocalDate effectiveTo, String source) implements ReferenceTable.Dated {
    }

    private final List<Obligation> obligations = ReferenceTable.load("reference/compliance-obligations.json", Obligation.class);
    private final List<Registration> registrations =
            ReferenceTable.load("reference/provincial-employer-registration.json", Registration.class);

    private final List<ChangeTolerance> tolerances =
            ReferenceTable.load("reference/employment-change-policy.json", ChangeTolerance.class);

    public List<Obligation> obligations() {
        return obligations;
    }

    public List<Registration> registrations() {
        return registrations;
    }

    public List<ChangeTolerance> tolerances() {
        return tolerances;
    }
}
