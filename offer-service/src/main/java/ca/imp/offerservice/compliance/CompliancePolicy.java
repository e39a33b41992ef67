package ca.imp.offerservice.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import ca.imp.contract.offer.OfferTerms.Province;
import ca.imp.offerservice.reference.ComplianceObligations.AppliesWhere;
import ca.imp.offerservice.reference.ComplianceObligations.ChangeTolerance;
import ca.imp.offerservice.reference.ComplianceObligations.Obligation;
import ca.imp.offerservice.reference.ComplianceObligations.Registration;

/**
 * The reference data the compliance rules read, as values: every version of every obligation and every province's
 * registry, and how far a change may depart from the offer, so that the decider stays pure and a test states the policy it is given.
 */
public record CompliancePolicy(List<Obligation> obligations, List<Registration> registrations,
                               List<ChangeTolerance> tolerances) {

    public CompliancePolicy {
        obligations = List.copyOf(obligations);
        registrations = List.copyOf(registrations);
        tolerances = List.copyOf(tolerances);
    }

    /** The percentage the hours of work may fall below the offer's on the day; none where no tolerance is in force. */
    BigDecimal hoursReductionTolerancePercent(LocalDate on) {
        return tolerances.stream().filter(t -> t.inForceOn(on)).findFirst()
                .map(ChangeTolerance::hoursReductionTolerancePercent).orElse(BigDecimal.ZERO);
    }

    /** The ids of the obligations, in the order of the reference data, each once. */
    List<String> ids() {
        return obligations.stream().map(Obligation::id).distinct().toList();
    }

    /** The version of the obligation in force on the day, or else its latest version; empty for an unknown id. */
    Optional<Obligation> obligation(String id, LocalDate on) {
        List<Obligation> versions = obligations.stream().filter(o -> o.id().equals(id)).toList();
        return versions.stream().filter(o -> o.inForceOn(on)).findFirst()
                .or(() -> versions.stream().max(Comparator.comparing(Obligation::effectiveFrom)));
    }

    /**
     * Why the obligation does not apply to work in the province on the day, or empty where it applies: an obligation
     * not in force on the day (the day of the approval, the permit's conditions), or a registration the province
     * does not require.
     */
    Optional<String> notApplicable(Obligation obligation, Province province, LocalDate on) {
        if (!obligation.inForceOn(on)) {
            return Optional.of(obligation.effectiveFrom().isAfter(on)
                    ? "in force from " + obligation.effectiveFrom() + ", after " + on
                    : "in force until " + obligation.effectiveTo() + ", before " + on);
        }
        if (obligation.appliesWhere() == AppliesWhere.PROVINCE_REQUIRES_REGISTRATION
                && registrations.stream().noneMatch(r -> r.inForce(province, on))) {
            return Optional.of(province + " requires no registration of employers of foreign workers on " + on);
        }
        return Optional.empty();
    }
}
