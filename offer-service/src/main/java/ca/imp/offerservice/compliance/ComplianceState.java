package ca.imp.offerservice.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.imp.contract.offer.EmploymentChanged;
import ca.imp.contract.offer.OfferTerms;
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
     * @param offered             the job as the offer set it: what every change is held against
     * @param current             the job as the changes recorded since made it
     * @param approvedOn          the day the permit was approved, once it was
     * @param employmentStartedOn the worker's first day of work, once the employer recorded it
     * @param evidence            the evidence recorded, by obligation
     * @param changes             the changes to the employment recorded, in order
     */
    record OfferObligations(String offerNumber, OfferTerms.Job offered, OfferTerms.Job current, Standing standing,
                            Optional<LocalDate> approvedOn, Optional<LocalDate> employmentStartedOn,
                            Map<String, Evidence> evidence, List<EmploymentChanged> changes) implements ComplianceState {
        public OfferObligations {
            evidence = Map.copyOf(evidence);
            changes = List.copyOf(changes);
        }

        static OfferObligations submitted(String offerNumber, OfferTerms.Job job) {
            return new OfferObligations(offerNumber, job, job, Standing.PENDING, Optional.empty(), Optional.empty(), Map.of(),
                    List.of());
        }

        /** The province of the work, whose law the employer complies with: the offer's, as a move to another needs a new offer. */
        public Province province() {
            return offered.location().province();
        }

        /** The first day of employment the offer planned. */
        public LocalDate startsOn() {
            return offered.startDate();
        }

        OfferObligations approved(LocalDate on) {
            return new OfferObligations(offerNumber, offered, current, Standing.APPROVED, Optional.of(on), employmentStartedOn,
                    evidence, changes);
        }

        OfferObligations ended() {
            return new OfferObligations(offerNumber, offered, current, Standing.ENDED, approvedOn, employmentStartedOn, evidence,
                    changes);
        }

        OfferObligations started(LocalDate on) {
            return new OfferObligations(offerNumber, offered, current, standing, approvedOn, Optional.of(on), evidence, changes);
        }

        OfferObligations with(Evidence recorded) {
            Map<String, Evidence> all = new LinkedHashMap<>(evidence);
            all.put(recorded.obligation(), recorded);
            return new OfferObligations(offerNumber, offered, current, standing, approvedOn, employmentStartedOn, all, changes);
        }

        OfferObligations changed(EmploymentChanged change) {
            List<EmploymentChanged> all = new ArrayList<>(changes);
            all.add(change);
            return new OfferObligations(offerNumber, offered, EmploymentChange.applied(current, change), standing, approvedOn,
                    employmentStartedOn, evidence, all);
        }

        /** The day the obligations are judged on: the approval's (the permit's conditions), or today before it. */
        LocalDate judgedOn(LocalDate today) {
            return approvedOn.orElse(today);
        }
    }
}
