package ca.imp.offerservice.compliance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.ApplicationLinked;
import ca.imp.contract.offer.ApplicationReturned;
import ca.imp.contract.offer.ComplianceEvidenceRecorded;
import ca.imp.contract.offer.EmploymentChanged;
import ca.imp.contract.offer.EmploymentStarted;
import ca.imp.contract.offer.FeeExemptionApplied;
import ca.imp.contract.offer.FeeExemptionClaimed;
import ca.imp.contract.offer.FeePaid;
import ca.imp.contract.offer.FeeRefundOwed;
import ca.imp.contract.offer.FeeRefunded;
import ca.imp.contract.offer.OfferEvent;
import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferExtended;
import ca.imp.contract.offer.OfferResubmitted;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.contract.offer.OfferWithdrawn;
import ca.imp.eventstore.decider.Decider;
import ca.imp.eventstore.decider.Decision;
import ca.imp.eventstore.decider.Dispatch;
import ca.imp.offerservice.compliance.ComplianceCommand.RecordEmploymentChange;
import ca.imp.offerservice.compliance.ComplianceCommand.RecordEvidence;
import ca.imp.offerservice.compliance.ComplianceState.OfferObligations;
import ca.imp.offerservice.compliance.ComplianceState.Standing;
import ca.imp.offerservice.offer.OfferError;

/**
 * The rules of an employer's compliance obligations under one offer, over the offer's own stream: evidence is recorded
 * once per obligation, on an offer that is pending or approved, for an obligation that applies to it; a change to the
 * employment is recorded only if it keeps the offer's occupation, wage and working conditions.
 */
public final class ComplianceDecider implements Decider<ComplianceCommand, ComplianceState, OfferEvent> {
    private final Dispatch<ComplianceCommand, ComplianceState, Decision<OfferEvent>> decisions =
            Dispatch.<ComplianceCommand, ComplianceState, Decision<OfferEvent>>over(ComplianceCommand.class)
                    .on(RecordEvidence.class, ComplianceDecider::record)
                    .on(RecordEmploymentChange.class, ComplianceDecider::change)
                    .build();
    private final Dispatch<OfferEvent, ComplianceState, ComplianceState> transitions =
            Dispatch.<OfferEvent, ComplianceState, ComplianceState>over(OfferEvent.class)
                    .on(OfferSubmitted.class, (submitted, none) -> OfferObligations.submitted(submitted.offerNumber(),
                            submitted.terms().job()))
                    .on(OfferInvalidated.class, offer((offer, decision) -> decision.outcome() == DecisionOutcome.APPROVED
                            ? offer.approved(decision.decisionDate()) : offer.ended()))
                    .on(OfferWithdrawn.class, offer((offer, withdrawn) -> offer.ended()))
                    .on(EmploymentStarted.class, offer((offer, started) -> offer.started(started.startedOn())))
                    .on(ComplianceEvidenceRecorded.class, offer((offer, recorded) -> offer.with(new Evidence(recorded.obligation(),
                            recorded.reference(), recorded.documentOn(), recorded.note()))))
                    .on(EmploymentChanged.class, offer((offer, change) -> offer.changed(change)))
                    // what the fee and the application do leaves the obligations as they stand
                    .on(FeeExemptionApplied.class, unchanged())
                    .on(FeeExemptionClaimed.class, unchanged())
                    .on(FeePaid.class, unchanged())
                    .on(FeeRefundOwed.class, unchanged())
                    .on(FeeRefunded.class, unchanged())
                    .on(ApplicationLinked.class, unchanged())
                    .on(ApplicationReturned.class, unchanged())
                    .on(OfferResubmitted.class, unchanged())
                    .on(OfferExtended.class, unchanged())
                    .build();

    Dispatch<ComplianceCommand, ComplianceState, Decision<OfferEvent>> decisions() {
        return decisions;
    }

    Dispatch<OfferEvent, ComplianceState, ComplianceState> transitions() {
        return transitions;
    }

    @Override
    public ComplianceState initialState() {
        return ComplianceState.NONE;
    }

    @Override
    public Decision<OfferEvent> decide(ComplianceCommand command, ComplianceState state) {
        return decisions.apply(command, state);
    }

    @Override
    public ComplianceState evolve(ComplianceState state, OfferEvent event) {
        return transitions.apply(event, state);
    }

    /**
     * The same evidence again changes nothing, whatever happened since; other evidence of an obligation already shown
     * is refused, as is evidence on an offer that ended without a permit or of an obligation that does not apply.
     */
    private static Decision<OfferEvent> record(RecordEvidence c, ComplianceState state) {
        if (!(state instanceof OfferObligations offer)) {
            return Decision.reject(new OfferError.OfferNotFound(c.offerNumber()));
        }
        Evidence evidence = c.evidence();
        var obligation = c.policy().obligation(evidence.obligation(), offer.judgedOn(c.today()));
        if (obligation.isEmpty()) {
            return Decision.reject(new ComplianceError.UnknownObligation(evidence.obligation()));
        }
        Evidence recorded = offer.evidence().get(evidence.obligation());
        if (Objects.equals(recorded, evidence)) {
            return Decision.alreadyDone();
        }
        if (offer.standing() == Standing.ENDED) {
            return Decision.reject(new ComplianceError.OfferEndedUnapproved(offer.offerNumber()));
        }
        if (recorded != null) {
            return Decision.reject(new ComplianceError.EvidenceAlreadyRecorded(offer.offerNumber(), recorded.obligation(),
                    recorded.reference(), recorded.documentOn()));
        }
        var notApplicable = c.policy().notApplicable(obligation.get(), offer.province(), offer.judgedOn(c.today()));
        if (notApplicable.isPresent()) {
            return Decision.reject(new ComplianceError.ObligationNotApplicable(evidence.obligation(), notApplicable.get()));
        }
        return Decision.accept(new ComplianceEvidenceRecorded(offer.offerNumber(), evidence.obligation(), evidence.reference(),
                evidence.documentOn(), evidence.note()));
    }

    /**
     * A change is recorded on an approved offer, from the approval on, and only if it keeps the occupation, the wage and
     * the working conditions substantially the same as the offer's: a promotion, another NOC occupation, a lower wage
     * per hour, fewer hours than the policy tolerates or a place of work in another province needs a new offer and
     * permit first. The same change again changes nothing.
     */
    private static Decision<OfferEvent> change(RecordEmploymentChange c, ComplianceState state) {
        if (!(state instanceof OfferObligations offer)) {
            return Decision.reject(new OfferError.OfferNotFound(c.offerNumber()));
        }
        EmploymentChange change = c.change();
        EmploymentChanged recorded = change.recorded(offer.offerNumber());
        boolean keepsOccupation = change.nocCode() == null || change.nocCode().equals(offer.offered().nocCode());
        if (keepsOccupation && !change.promotion() && offer.changes().contains(recorded)) {
            return Decision.alreadyDone();
        }
        if (offer.standing() != Standing.APPROVED) {
            return Decision.reject(new ComplianceError.ChangeNeedsApproval(offer.offerNumber()));
        }
        LocalDate approvedOn = offer.approvedOn().orElseThrow();
        if (change.effectiveOn().isBefore(approvedOn)) {
            return Decision.reject(new ComplianceError.ChangeBeforeApproval(change.effectiveOn(), approvedOn));
        }
        if (change.changesNothing()) {
            return Decision.reject(new ComplianceError.NothingChanged());
        }
        return needsNewOffer(offer, change, c.policy().hoursReductionTolerancePercent(approvedOn))
                .<Decision<OfferEvent>>map(Decision::reject)
                .orElseGet(() -> Decision.accept(recorded));
    }

    private static Optional<ComplianceError> needsNewOffer(OfferObligations offer, EmploymentChange change, BigDecimal tolerance) {
        var offered = offer.offered();
        if (change.promotion()) {
            return Optional.of(new ComplianceError.NewOfferAndPermitNeeded("promotion-needs-new-offer", "promotion",
                    "A promotion changes the employment the permit was issued for", change.effectiveOn()));
        }
        if (change.nocCode() != null && !change.nocCode().equals(offered.nocCode())) {
            return Optional.of(new ComplianceError.NewOfferAndPermitNeeded("occupation-change-needs-new-offer", "nocCode",
                    "The occupation would change from NOC " + offered.nocCode() + " to " + change.nocCode(), change.effectiveOn()));
        }
        var after = EmploymentChange.applied(offer.current(), change.recorded(offer.offerNumber()));
        BigDecimal hourlyOffered = EmploymentChange.hourly(offered.wage(), offered.hoursPerWeek());
        BigDecimal hourlyAfter = EmploymentChange.hourly(after.wage(), after.hoursPerWeek());
        if (hourlyAfter.compareTo(hourlyOffered) < 0) {
            return Optional.of(new ComplianceError.NewOfferAndPermitNeeded("lower-wage-needs-new-offer", "wage.amount",
                    "The wage would fall to " + hourlyAfter.setScale(2, RoundingMode.HALF_UP).toPlainString()
                            + " an hour, below the offer's " + hourlyOffered.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    change.effectiveOn()));
        }
        BigDecimal floor = offered.hoursPerWeek().multiply(BigDecimal.ONE.subtract(
                tolerance.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64)));
        if (after.hoursPerWeek().compareTo(floor) < 0) {
            return Optional.of(new ComplianceError.NewOfferAndPermitNeeded("fewer-hours-need-new-offer", "hoursPerWeek",
                    "The hours would fall to " + after.hoursPerWeek().toPlainString() + " a week, below the offer's "
                            + offered.hoursPerWeek().toPlainString() + " by more than the " + tolerance.toPlainString()
                            + "% that keeps the working conditions substantially the same", change.effectiveOn()));
        }
        if (after.location().province() != offered.location().province()) {
            return Optional.of(new ComplianceError.NewOfferAndPermitNeeded("move-to-another-province-needs-new-offer",
                    "location.province", "The place of work would move from " + offered.location().province() + " to "
                            + after.location().province() + ", under another province's law", change.effectiveOn()));
        }
        return Optional.empty();
    }

    /** A transition of an existing offer. */
    private interface Transition<E> {
        OfferObligations apply(OfferObligations offer, E event);
    }

    /** Every event but a submission follows one; before it, none of them can have been recorded. */
    private static <E extends OfferEvent> Dispatch.Case<E, ComplianceState, ComplianceState> offer(Transition<E> transition) {
        return (event, state) -> {
            if (state instanceof OfferObligations offer) {
                return transition.apply(offer, event);
            }
            throw new IllegalStateException(event.getClass().getSimpleName() + " recorded before the offer was submitted");
        };
    }

    private static <E extends OfferEvent> Dispatch.Case<E, ComplianceState, ComplianceState> unchanged() {
        return (event, state) -> state;
    }
}
