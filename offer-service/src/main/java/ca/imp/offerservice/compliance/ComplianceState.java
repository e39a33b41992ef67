package ca.imp.offerservice.compliance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import ca.imp.contract.offer.OfferTerms.Province;

/** What an offer's stream folds to for its compliance: no offer yet, or the offer's obligations. */
public sealed interface ComplianceState permits ComplianceState.NoOffer, ComplianceState.OfferObligations {

    ComplianceState NONE = new NoOffer();

    /** Where the offer stands for its obligations: they bind the employer once a permit is approved with it. */
    enum Standing {
        /** Submitted, not yet decided: evidence of what is due before the offer can be recorded already. */
        PENDING,
        APPROVED,
        /** Refused, withdrawn or otherwise ended without a permit: no obligations. */
        ENDED
    }

    record NoOffer() implements ComplianceState {
    }

    /**
     * @param province            the province of the work, whose law the employer complies with
     * @param startsOn            the first day of employment the offer planned
     * @param approvedOn          the day the permit was approved, once it was
     * @param employmentStartedOn the worker's first day of work, once the employer recorded it
     * @param evidence            the evidence recorded, by obligation
     */
    record OfferObligations(String offerNumber, Province province, LocalDate startsOn, Standing standing,
                            Optional<LocalDate> approvedOn, Optional<LocalDate> employmentStartedOn,
                            Map<String, Evidence> evidence) implements ComplianceState {
        public OfferObligations {
            evidence = Map.copyOf(evidence);
        }

        OfferObligations approved(LocalDate on) {
            return new OfferObligations(offerNumber, province, startsOn, Standing.APPROVED, Optional.of(on), employmentStartedOn,
                    evidence);
        }

        OfferObligations ended() {
            return new OfferObligations(offerNumber, province, startsOn, Standing.ENDED, approvedOn, employmentStartedOn, evidence);
        }

        OfferObligations started(LocalDate on) {
            return new OfferObligations(offerNumber, province, startsOn, standing, approvedOn, Optional.of(on), evidence);
        }

        OfferObligations with(Evidence recorded) {
            Map<String, Evidence> all = new LinkedHashMap<>(evidence);
            all.put(recorded.obligation(), recorded);
            return new OfferObligations(offerNumber, province, startsOn, standing, approvedOn, employmentStartedOn, all);
        }

        /** The day the obligations are judged on: the approval's (the permit's conditions), or today before it. */
        LocalDate judgedOn(LocalDate today) {
            return approvedOn.orElse(today);
        }
    }
}
