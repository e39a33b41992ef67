package ca.imp.offerservice.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

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
import ca.imp.contract.offer.OfferExtended;
import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferResubmitted;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.contract.offer.OfferWithdrawn;
import ca.imp.eventstore.decider.Decider;
import ca.imp.eventstore.decider.Decision;
import ca.imp.eventstore.decider.Dispatch;
import ca.imp.offerservice.offer.Offer.Fee;
import ca.imp.offerservice.offer.Offer.Use;
import ca.imp.offerservice.offer.OfferCommand.InvalidateOffer;
import ca.imp.offerservice.offer.OfferCommand.LinkApplication;
import ca.imp.offerservice.offer.OfferCommand.PayFee;
import ca.imp.offerservice.offer.OfferCommand.RecordEmploymentStart;
import ca.imp.offerservice.offer.OfferCommand.RecordExtension;
import ca.imp.offerservice.offer.OfferCommand.RecordRefund;
import ca.imp.offerservice.offer.OfferCommand.RecordResubmission;
import ca.imp.offerservice.offer.OfferCommand.SubmitOffer;
import ca.imp.offerservice.offer.OfferCommand.WithdrawOffer;
import ca.imp.offerservice.reference.FeeExemptionPrograms;

/** The rules of one offer of employment, from submission to the decision or withdrawal that ends it, and its fee. */
public final class OfferDecider implements Decider<OfferCommand, OfferState, OfferEvent> {
    private final Set<DecisionOutcome> refundable;
    private final Dispatch<OfferCommand, OfferState, Decision<OfferEvent>> decisions;
    private final Dispatch<OfferEvent, OfferState, OfferState> transitions;

    /** @param refundable the decision outcomes after which a paid fee is repaid (IRPR 303.1(6): a refusal) */
    public OfferDecider(Set<DecisionOutcome> refundable) {
        this.refundable = Set.copyOf(refundable);
        this.decisions = Dispatch.<OfferCommand, OfferState, Decision<OfferEvent>>over(OfferCommand.class)
                .on(SubmitOffer.class, this::submit)
                .on(PayFee.class, existing(repeatOf(OfferDecider::paymentRecorded, whileValid(this::payFee))))
                .on(WithdrawOffer.class, existing(repeatOf(OfferDecider::withdrawalRecorded, this::withdrawBeforeAPermit)))
                .on(LinkApplication.class, existing(this::link))
                .on(InvalidateOffer.class, existing(this::invalidate))
                .on(RecordResubmission.class, existing(this::recordResubmission))
                .on(RecordExtension.class, existing(this::recordExtension))
                .on(RecordRefund.class, existing(repeatOf(OfferDecider::refundRecorded, this::recordRefund)))
                .on(RecordEmploymentStart.class, existing(repeatOf(OfferDecider::employmentStartRecorded,
                        this::recordEmploymentStart)))
                .build();
        this.transitions = Dispatch.<OfferEvent, OfferState, OfferState>over(OfferEvent.class)
                .on(OfferSubmitted.class, (submitted, none) -> new Offer(submitted.offerNumber(), submitted.terms(),
                        Optional.ofNullable(submitted.replaces()), new Use.Unused(),
                        new Fee.Due(submitted.feeDue(), submitted.currency())))
                .on(FeeExemptionApplied.class, offer(OfferDecider::exempt))
                .on(FeeExemptionClaimed.class, offer(OfferDecider::claimed))
                .on(FeePaid.class, offer(OfferDecider::paid))
                .on(ApplicationLinked.class, offer(OfferDecider::linked))
                .on(ApplicationReturned.class, offer(OfferDecider::returned))
                .on(OfferInvalidated.class, offer(OfferDecider::invalidated))
                .on(OfferWithdrawn.class, offer(OfferDecider::withdrawn))
                .on(FeeRefundOwed.class, offer(OfferDecider::owing))
                .on(FeeRefunded.class, offer(OfferDecider::refunded))
                .on(OfferResubmitted.class, offer(OfferDecider::resubmitted))
                .on(OfferExtended.class, offer(OfferDecider::extended))
                .on(EmploymentStarted.class, offer(OfferDecider::employmentStarted))
                // the compliance feature's evidence and changes: the offer itself stands as it did
                .on(ComplianceEvidenceRecorded.class, offer((offer, evidence) -> offer))
                .on(EmploymentChanged.class, offer((offer, change) -> offer))
                .build();
    }

    Dispatch<OfferCommand, OfferState, Decision<OfferEvent>> decisions() {
        return decisions;
    }

    Dispatch<OfferEvent, OfferState, OfferState> transitions() {
        return transitions;
    }

    @Override
    public OfferState initialState() {
        return OfferState.NONE;
    }

    @Override
    public Decision<OfferEvent> decide(OfferCommand command, OfferState state) {
        return decisions.apply(command, state);
    }

    @Override
    public OfferState evolve(OfferState state, OfferEvent event) {
        return transitions.apply(event, state);
    }

    /** A rule of an existing offer. */
    private interface OfferRule<C> {
        Decision<OfferEvent> apply(C command, Offer offer);
    }

    /** Every command but a submission needs the offer to exist. */
    private static <C extends OfferCommand> Dispatch.Case<C, OfferState, Decision<OfferEvent>> existing(OfferRule<C> rule) {
        return (command, state) -> state instanceof Offer offer
                ? rule.apply(command, offer)
                : Decision.reject(new OfferError.OfferNotFound(command.offerNumber()));
    }

    /** Paying and withdrawing need an offer that has not ended, and say what ended it. */
    private static <C extends OfferCommand> OfferRule<C> whileValid(OfferRule<C> rule) {
        return (command, offer) -> {
            if (offer.use() instanceof Use.Ended ended) {
                return Decision.reject(new OfferError.OfferNoLongerValid(ended.invalidation().orElse(null),
                        ended.withdrawal().orElse(null)));
            }
            return rule.apply(command, offer);
        };
    }

    /**
     * IRPR 303.1(6) refunds the fee when the employer withdraws the offer, and the applicant's own withdrawal is not
     * that (domain.md, "Corrections and precisions"). An applicant's withdrawal ends the number, but no permit was
     * issued, so the employer may still withdraw the offer to recover the fee: the one decision after which the rule
     * still takes the withdrawal. Any other ending answers as {@link #whileValid} does.
     */
    private Decision<OfferEvent> withdrawBeforeAPermit(WithdrawOffer c, Offer offer) {
        boolean withdrawnByTheApplicant = offer.use() instanceof Use.Invalidated ended
                && ended.decision().outcome() == DecisionOutcome.WITHDRAWN;
        return withdrawnByTheApplicant ? withdraw(c, offer) : whileValid(this::withdraw).apply(c, offer);
    }

    /**
     * Repeating a change already recorded with the same facts changes nothing and is no error, whatever happened
     * since (a retry after a lost answer); a different command still meets the rules.
     */
    private static <C extends OfferCommand> OfferRule<C> repeatOf(BiPredicate<C, Offer> recorded,
                                                                   OfferRule<C> rule) {
        return (command, offer) -> recorded.test(command, offer) ? Decision.alreadyDone() : rule.apply(command, offer);
    }

    /** The same payment: the fee was paid with this amount and currency on this day (whether refunded since or not). */
    private static boolean paymentRecorded(PayFee c, Offer offer) {
        return offer.fee().paidOn().filter(c.paidOn()::equals).isPresent()
                && sameMoney(offer.fee().amount(), offer.fee().currency(), c.amount(), c.currency());
    }

    /** The same withdrawal: the employer withdrew the offer on this day, for this reason (or none). */
    private static boolean withdrawalRecorded(WithdrawOffer c, Offer offer) {
        return offer.use().withdrawal()
                .filter(w -> w.withdrawnOn().equals(c.withdrawnOn()) && Objects.equals(w.reason(), c.reason()))
                .isPresent();
    }

    /** The same refund: the fee came back, this amount in this currency, on this day. */
    private static boolean refundRecorded(RecordRefund c, Offer offer) {
        return offer.fee().refundedOn().filter(c.refundedOn()::equals).isPresent()
                && sameMoney(offer.fee().amount(), offer.fee().currency(), c.amount(), c.currency());
    }

    /** The same first day: the worker was recorded as having started on this day. */
    private static boolean employmentStartRecorded(RecordEmploymentStart c, Offer offer) {
        return offer.use().employmentStartedOn().filter(c.startedOn()::equals).isPresent();
    }

    private static boolean sameMoney(BigDecimal amount, String currency, BigDecimal otherAmount, String otherCurrency) {
        return amount.compareTo(otherAmount) == 0 && currency.equals(otherCurrency);
    }

    private Decision<OfferEvent> submit(SubmitOffer c, OfferState state) {
        if (state instanceof Offer) {
            return Decision.reject(new OfferError.OfferNumberTaken(c.offerNumber()));
        }
        if (c.exemptionCode() instanceof ExemptionCodeStanding.Unknown) {
            return Decision.reject(new OfferError.UnknownExemptionCode(c.terms().exemptionCode()));
        }
        if (c.exemptionCode() instanceof ExemptionCodeStanding.NotInForce notInForce) {
            return Decision.reject(new OfferError.ExemptionCodeNotInForce(c.terms().exemptionCode(), c.submittedOn(),
                    notInForce.effectiveFrom(), notInForce.effectiveTo(), notInForce.replacedBy()));
        }
        var job = c.terms().job();
        if (job.endDate().isBefore(job.startDate())) {
            return Decision.reject(new OfferError.InvalidTerms("job.endsOn", "end-not-before-start",
                    "the employment cannot end (" + job.endDate() + ") before it starts (" + job.startDate() + ")"));
        }
        if (c.exemption().isEmpty()) {
            return Decision.accept(new OfferSubmitted(c.offerNumber(), c.terms(), c.fee(), c.currency(), c.replaces(), c.group(),
                    c.extendsOffer()));
        }
        // the program, never the exemption code, frees the employer of the fee (IRPR 303.1(5) with R299(2))
        var claim = c.exemption().get().claim();
        var unmet = c.exemption().get().condition().filter(condition -> !met(condition, claim));
        if (unmet.isPresent()) {
            return Decision.reject(new OfferError.ExemptionConditionUnattested(claim.program(), unmet.get()));
        }
        return Decision.accept(new OfferSubmitted(c.offerNumber(), c.terms(), BigDecimal.ZERO, c.currency(), c.replaces(), c.group(),
                        c.extendsOffer()),
                new FeeExemptionClaimed(c.offerNumber(), claim.program(), claim.proofReference(), claim.unremunerated()));
    }

    /** Whether the claim attests what the program asks of the work. */
    private static boolean met(FeeExemptionPrograms.Condition condition, FeeExemptionClaim claim) {
        return switch (condition) {
            case UNREMUNERATED -> claim.unremunerated();
        };
    }

    private Decision<OfferEvent> payFee(PayFee c, Offer offer) {
        if (offer.fee() instanceof Fee.Exempt exempt) {
            return Decision.reject(new OfferError.FeeNotDue(offer.offerNumber(), exempt.claim().map(FeeExemptionClaim::program),
                    offer.terms().exemptionCode()));
        }
        if (!(offer.fee() instanceof Fee.Due due)) {
            return Decision.reject(new OfferError.FeeAlreadyPaid(offer.offerNumber(), offer.fee().amount(),
                    offer.fee().currency(), offer.fee().paidOn().orElseThrow()));
        }
        if (c.amount().compareTo(due.amount()) != 0 || !c.currency().equals(due.currency())) {
            return Decision.reject(new OfferError.WrongFeeAmount(due.amount(), due.currency(), c.amount(), c.currency()));
        }
        return Decision.accept(new FeePaid(offer.offerNumber(), c.amount(), c.currency(), c.paidOn()));
    }

    /** The offer learns of an application from decision-service, which has already checked it may be made. */
    private Decision<OfferEvent> link(LinkApplication c, Offer offer) {
        if (offer.ended() || offer.use().applicationId().filter(c.applicationId()::equals).isPresent()) {
            return Decision.alreadyDone();
        }
        return Decision.accept(new ApplicationLinked(offer.offerNumber(), c.applicationId(), c.submittedOn()));
    }

    /** decision-service has decided whether the decision kills the number; the offer takes its word. */
    private Decision<OfferEvent> invalidate(InvalidateOffer c, Offer offer) {
        if (offer.ended()) {
            return Decision.alreadyDone();
        }
        if (!c.invalidatesOffer()) {
            return offer.use().applicationId().filter(c.applicationId()::equals).isPresent()
                    ? Decision.accept(new ApplicationReturned(offer.offerNumber(), c.applicationId(), c.decisionDate()))
                    : Decision.alreadyDone();
        }
        List<OfferEvent> events = new ArrayList<>();
        events.add(new OfferInvalidated(offer.offerNumber(), c.applicationId(), c.outcome(), c.decisionDate(),
                c.decisionEventId(), c.permitValidUntil()));
        if (refundable.contains(c.outcome()) && offer.fee() instanceof Fee.Paid paid) {
            events.add(new FeeRefundOwed(offer.offerNumber(), paid.amount(), paid.currency(),
                    "The work permit was " + c.outcome().name().toLowerCase() + " on " + c.decisionDate()
                            + "; the compliance fee is repaid (IRPR 303.1(6)).", c.refundFollowUpOn()));
        }
        return Decision.accept(events);
    }

    private Decision<OfferEvent> withdraw(WithdrawOffer c, Offer offer) {
        List<OfferEvent> events = new ArrayList<>();
        events.add(new OfferWithdrawn(offer.offerNumber(), c.withdrawnOn(), c.reason()));
        if (offer.fee() instanceof Fee.Paid paid) {
            events.add(new FeeRefundOwed(offer.offerNumber(), paid.amount(), paid.currency(),
                    "The employer withdrew the offer on " + c.withdrawnOn()
                            + " before a permit was issued; the compliance fee is repaid (IRPR 303.1(6)).",
                    c.refundFollowUpOn()));
        }
        return Decision.accept(events);
    }

    /** Only a dead offer is tried again, and only once: the attempts for one hire form a chain. */
    private Decision<OfferEvent> recordResubmission(RecordResubmission c, Offer offer) {
        if (!(offer.use() instanceof Use.Ended ended)) {
            return Decision.reject(new OfferError.StillValid(offer.offerNumber(), offer.status()));
        }
        if (ended.resubmittedAs().isPresent()) {
            return Decision.reject(new OfferError.AlreadyResubmitted(offer.offerNumber(), ended.resubmittedAs().get()));
        }
        return Decision.accept(new OfferResubmitted(offer.offerNumber(), c.resubmittedAs()));
    }

    /**
     * Only an approved offer has a permit to extend. A worker has one extension under way at a time: another is made
     * only once the latest ended without a permit and was not tried again as a resubmission (a refused extension's
     * offer is dead). Whether the permit has expired is no rule of the offer: the application must come before it
     * (maintained status), the offer may come any time.
     */
    private Decision<OfferEvent> recordExtension(RecordExtension c, Offer offer) {
        if (!(offer.use() instanceof Use.Invalidated approval && approval.approved())) {
            return Decision.reject(new OfferError.ExtensionOfUnapprovedOffer(offer.offerNumber(), offer.status()));
        }
        var latest = approval.latestExtension();
        if (latest.isPresent()) {
            // the latest extension as the command saw it; another one made since is news to the command
            var seen = c.latest().filter(prior -> prior.offerNumber().equals(latest.get()));
            if (seen.isEmpty() || !seen.get().endedWithoutPermit()) {
                return Decision.reject(new OfferError.AlreadyExtended(offer.offerNumber(), latest.get(), seen));
            }
        }
        return Decision.accept(new OfferExtended(offer.offerNumber(), c.extendedAs()));
    }

    private Decision<OfferEvent> recordRefund(RecordRefund c, Offer offer) {
        if (offer.fee() instanceof Fee.Refunded refunded) {
            return Decision.reject(new OfferError.RefundAlreadyRecorded(offer.offerNumber(), refunded.on()));
        }
        if (!(offer.fee() instanceof Fee.RefundOwed owed)) {
            return Decision.reject(new OfferError.NoRefundOwed(offer.offerNumber(), offer.feeStatus()));
        }
        if (c.amount().compareTo(owed.owed().amount()) != 0 || !c.currency().equals(owed.currency())) {
            return Decision.reject(new OfferError.WrongFeeAmount(owed.owed().amount(), owed.currency(), c.amount(), c.currency()));
        }
        return Decision.accept(new FeeRefunded(offer.offerNumber(), c.amount(), c.currency(), c.refundedOn()));
    }

    /**
     * Only an approved offer has a worker who starts, once, and not before the approval (no permit, no work); the
     * day is never after today, which the command's day already is.
     */
    private Decision<OfferEvent> recordEmploymentStart(RecordEmploymentStart c, Offer offer) {
        if (!(offer.use() instanceof Use.Invalidated approval && approval.approved())) {
            return Decision.reject(new OfferError.NotApproved(offer.offerNumber(), offer.status()));
        }
        if (approval.employmentStartedOn().isPresent()) {
            return Decision.reject(new OfferError.EmploymentStartAlreadyRecorded(offer.offerNumber(),
                    approval.employmentStartedOn().get()));
        }
        LocalDate approvedOn = approval.decision().decisionDate();
        if (c.startedOn().isBefore(approvedOn)) {
            return Decision.reject(new OfferError.StartBeforeApproval(c.startedOn(), approvedOn));
        }
        return Decision.accept(new EmploymentStarted(offer.offerNumber(), approval.decision().applicationId(),
                c.startedOn()));
    }

    /** A transition of an existing offer. */
    private interface OfferTransition<E> {
        Offer apply(Offer offer, E event);
    }

    /** Every event but a submission follows one; before it, none of them can have been recorded. */
    private static <E extends OfferEvent> Dispatch.Case<E, OfferState, OfferState> offer(OfferTransition<E> transition) {
        return (event, state) -> {
            if (state instanceof Offer offer) {
                return transition.apply(offer, event);
            }
            throw new IllegalStateException(event.getClass().getSimpleName() + " recorded before the offer was submitted");
        };
    }

    /** Recorded before fee exemptions were claimed by program: the exemption code was taken as fee-exempt. */
    private static Offer exempt(Offer offer, FeeExemptionApplied event) {
        return offer.with(new Fee.Exempt(offer.fee().amount(), offer.fee().currency(), Optional.empty()));
    }

    private static Offer claimed(Offer offer, FeeExemptionClaimed event) {
        return offer.with(new Fee.Exempt(offer.fee().amount(), offer.fee().currency(),
                Optional.of(new FeeExemptionClaim(event.program(), event.proofReference(), event.unremunerated()))));
    }

    private static Offer paid(Offer offer, FeePaid event) {
        return offer.with(new Fee.Paid(event.amount(), event.currency(), event.paidOn()));
    }

    /** An ended offer stays ended: the rules above record no link or return after the end. */
    private static Offer linked(Offer offer, ApplicationLinked event) {
        return offer.ended() ? offer : offer.with(new Use.InUse(event.applicationId()));
    }

    private static Offer returned(Offer offer, ApplicationReturned event) {
        return offer.ended() ? offer : offer.with(new Use.Unused());
    }

    private static Offer invalidated(Offer offer, OfferInvalidated event) {
        return offer.with(new Use.Invalidated(event, offer.use().applicationId(), Optional.empty(), Optional.empty(), List.of()));
    }

    private static Offer withdrawn(Offer offer, OfferWithdrawn event) {
        return offer.with(new Use.Withdrawn(event, offer.use().applicationId(), offer.use().resubmittedAs(),
                offer.use().invalidation()));
    }

    /** A refund is owed only of a paid fee (the rules above make it so). */
    private static Offer owing(Offer offer, FeeRefundOwed event) {
        return offer.fee() instanceof Fee.Paid paid ? offer.with(new Fee.RefundOwed(paid, event)) : offer;
    }

    private static Offer refunded(Offer offer, FeeRefunded event) {
        return offer.fee() instanceof Fee.RefundOwed owed ? offer.with(new Fee.Refunded(owed, event.refundedOn())) : offer;
    }

    /** Recorded only on an approved offer (the rules above make it so). */
    private static Offer employmentStarted(Offer offer, EmploymentStarted event) {
        return offer.use() instanceof Use.Invalidated approval ? offer.with(approval.employmentStarted(event.startedOn())) : offer;
    }

    /** Recorded only on an approved offer (the rules above make it so). */
    private static Offer extended(Offer offer, OfferExtended event) {
        return offer.use() instanceof Use.Invalidated approval ? offer.with(approval.extended(event.extendedAs())) : offer;
    }

    private static Offer resubmitted(Offer offer, OfferResubmitted event) {
        return offer.use() instanceof Use.Ended ended ? offer.with(ended.resubmitted(event.resubmittedAs())) : offer;
    }
}
