package ca.imp.offerservice.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import ca.imp.offerservice.compliance.ComplianceState.OfferObligations;
import ca.imp.offerservice.compliance.ComplianceState.Standing;
import ca.imp.offerservice.reference.ComplianceObligations.Due;
import ca.imp.offerservice.reference.ComplianceObligations.Obligation;

/**
 * Where each obligation of an offer stands today: done (with its evidence), due (by when, if known), overdue, or not
 * applicable (and why). Pure: the policy and today come in.
 */
public record Checklist(OfferObligations offer, List<Item> items) {

    public enum Status {
        DONE, DUE, OVERDUE, NOT_APPLICABLE
    }

    /**
     * @param dueOn            the last day to meet it: the approval's for what was due before the offer (the first day the
     *                         product can count it from), the first day of work for what is due by then; empty while
     *                         that day is not known
     * @param dueOnProvisional whether dueOn is the planned first day of work, which moves once the employer records the
     *                         actual one
     * @param evidence         what shows it done
     * @param notApplicable    why it does not apply
     */
    public record Item(Obligation obligation, Status status, Optional<LocalDate> dueOn, boolean dueOnProvisional,
                       Optional<Evidence> evidence, Optional<String> notApplicable) {
    }

    public static Checklist of(OfferObligations offer, CompliancePolicy policy, LocalDate today) {
        LocalDate judgedOn = offer.judgedOn(today);
        return new Checklist(offer, policy.ids().stream()
                .map(id -> item(offer, policy, policy.obligation(id, judgedOn).orElseThrow(), judgedOn, today))
                .toList());
    }

    private static Item item(OfferObligations offer, CompliancePolicy policy, Obligation obligation, LocalDate judgedOn,
                             LocalDate today) {
        Optional<LocalDate> dueOn = switch (obligation.due()) {
            case BEFORE_OFFER -> offer.approvedOn();
            case FIRST_DAY_OF_WORK -> offer.employmentStartedOn().or(() -> Optional.of(offer.startsOn()));
        };
        boolean provisional = obligation.due() == Due.FIRST_DAY_OF_WORK && offer.employmentStartedOn().isEmpty();
        Optional<Evidence> evidence = Optional.ofNullable(offer.evidence().get(obligation.id()));
        if (evidence.isPresent()) {
            return new Item(obligation, Status.DONE, dueOn, provisional, evidence, Optional.empty());
        }
        Optional<String> notApplicable = offer.standing() == Standing.ENDED
                ? Optional.of("the offer ended without a work permit approved with it")
                : policy.notApplicable(obligation, offer.province(), judgedOn);
        if (notApplicable.isPresent()) {
            return new Item(obligation, Status.NOT_APPLICABLE, Optional.empty(), false, Optional.empty(), notApplicable);
        }
        Status status = dueOn.filter(today::isAfter).isPresent() ? Status.OVERDUE : Status.DUE;
        return new Item(obligation, status, dueOn, provisional, Optional.empty(), Optional.empty());
    }
}
