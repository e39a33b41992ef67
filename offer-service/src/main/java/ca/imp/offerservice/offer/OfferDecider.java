package ca.imp.offerservice.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.InvalidationPolicy;
import ca.imp.contract.offer.ApplicationLinked;
import ca.imp.contract.offer.ApplicationReturned;
import ca.imp.contract.offer.FeeExemptionApplied;
import ca.imp.contract.offer.FeePaid;
import ca.imp.contract.offer.FeeRefundOwed;
import ca.imp.contract.offer.FeeRefunded;
import ca.imp.contract.offer.OfferEvent;
import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferResubmitted;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.contract.offer.OfferWithdrawn;
import ca.imp.eventstore.decider.Decider;
import ca.imp.eventstore.decider.Decision;
import ca.imp.offerservice.offer.OfferCommand.InvalidateOffer;
import ca.imp.offerservice.offer.OfferCommand.LinkApplication;
import ca.imp.offerservice.offer.OfferCommand.PayFee;
import ca.imp.offerservice.offer.OfferCommand.RecordRefund;
import ca.imp.offerservice.offer.OfferCommand.RecordResubmission;
import ca.imp.offerservice.offer.OfferCommand.SubmitOffer;
import ca.imp.offerservice.offer.OfferCommand.WithdrawOffer;

/** The rules of one offer of employment, from submission to the decision or withdrawal that ends it, and its fee. */
public final class OfferDecider implements Decider<OfferCommand, Offer, OfferEvent> {
    private final InvalidationPolicy invalidation;
    private final Set<DecisionOutcome> refundable;

    /** @param refundable the decision outcomes after which a paid fee is repaid (IRPR 303.1(6): a refusal) */
    public OfferDecider(InvalidationPolicy invalidation, Set<DecisionOutcome> refundable) {
        this.invalidation = invalidation;
        this.refundable = Set.copyOf(refundable);
    }

    @Override
    public Offer initialState() {
        return Offer.NONE;
    }

    @Override
    public Decision<OfferEvent> decide(OfferCommand command, Offer offer) {
        if (command instanceof SubmitOffer submit) {
            return submit(submit, offer);
        }
        if (offer.status() == Offer.Status.NONE) {
            return Decision.reject(new OfferError.OfferNotFound(command.offerNumber()));
        }
        if (command instanceof InvalidateOffer invalidate) {
            return invalidate(invalidate, offer);
        }
        if (command instanceof RecordRefund refund) {
            return recordRefund(refund, offer);
        }
        if (command instanceof RecordResubmission resubmission) {
            return recordResubmission(resubmission, offer);
        }
        if (command instanceof LinkApplication link) {
            return offer.ended() ? Decision.alreadyDone() : link(link, offer);
        }
        if (offer.ended()) {
            return Decision.reject(new OfferError.OfferNoLongerValid(offer.invalidation(), offer.withdrawal()));
        }
        if (command instanceof PayFee pay) {
            return payFee(pay, offer);
        }
        return withdraw((WithdrawOffer) command, offer);
    }

    private Decision<OfferEvent> submit(SubmitOffer c, Offer offer) {
        if (offer.status() != Offer.Status.NONE) {
            return Decision.reject(new OfferError.OfferNumberTaken(c.offerNumber()));
        }
        var job = c.terms().job();
        if (job.endDate().isBefore(job.startDate())) {
            return Decision.reject(new OfferError.InvalidTerms("job.endDate", "end-not-before-start",
                    "the employment cannot end (" + job.endDate() + ") before it starts (" + job.startDate() + ")"));
        }
        OfferSubmitted submitted = new OfferSubmitted(c.offerNumber(), c.terms(), c.feeDue(), c.currency(), c.replaces());
        return c.feeDue().signum() == 0
                ? Decision.accept(submitted, new FeeExemptionApplied(c.offerNumber(), c.terms().exemptionCode()))
                : Decision.accept(submitted);
    }

    private Decision<OfferEvent> payFee(PayFee c, Offer offer) {
        if (offer.feeExempt()) {
            return Decision.reject(new OfferError.FeeNotDue(offer.offerNumber(), offer.terms().exemptionCode()));
        }
        if (offer.feePaidOn() != null) {
            return Decision.reject(new OfferError.FeeAlreadyPaid(offer.offerNumber()));
        }
        if (c.amount().compareTo(offer.feeDue()) != 0 || !c.currency().equals(offer.currency())) {
            return Decision.reject(new OfferError.WrongFeeAmount(offer.feeDue(), offer.currency(), c.amount(), c.currency()));
        }
        return Decision.accept(new FeePaid(offer.offerNumber(), c.amount(), c.currency(), c.paidOn()));
    }

    /** The offer learns of an application from decision-service, which has already checked it may be made. */
    private Decision<OfferEvent> link(LinkApplication c, Offer offer) {
        if (c.applicationId().equals(offer.applicationId())) {
            return Decision.alreadyDone();
        }
        return Decision.accept(new ApplicationLinked(offer.offerNumber(), c.applicationId(), c.submittedOn()));
    }

    private Decision<OfferEvent> invalidate(InvalidateOffer c, Offer offer) {
        if (offer.ended()) {
            return Decision.alreadyDone();
        }
        if (!invalidation.invalidates(c.outcome())) {
            return c.applicationId().equals(offer.applicationId())
                    ? Decision.accept(new ApplicationReturned(offer.offerNumber(), c.applicationId(), c.decisionDate()))
                    : Decision.alreadyDone();
        }
        List<OfferEvent> events = new ArrayList<>();
        events.add(new OfferInvalidated(offer.offerNumber(), c.applicationId(), c.outcome(), c.decisionDate(),
                c.decisionEventId()));
        if (refundable.contains(c.outcome()) && offer.feePaidOn() != null) {
            events.add(new FeeRefundOwed(offer.offerNumber(), offer.feeDue(), offer.currency(),
                    "The work permit was " + c.outcome().name().toLowerCase() + " on " + c.decisionDate()
                            + "; the compliance fee is repaid (IRPR 303.1(6)).", c.refundFollowUpOn()));
        }
        return Decision.accept(events);
    }

    private Decision<OfferEvent> withdraw(WithdrawOffer c, Offer offer) {
        List<OfferEvent> events = new ArrayList<>();
        events.add(new OfferWithdrawn(offer.offerNumber(), c.withdrawnOn(), c.reason()));
        if (offer.feePaidOn() != null) {
            events.add(new FeeRefundOwed(offer.offerNumber(), offer.feeDue(), offer.currency(),
                    "The employer withdrew the offer on " + c.withdrawnOn()
                            + " before a permit was issued; the compliance fee is repaid (IRPR 303.1(6)).",
                    c.refundFollowUpOn()));
        }
        return Decision.accept(events);
    }

    /** Only a dead offer is tried again, and only once: the attempts for one hire form a chain. */
    private Decision<OfferEvent> recordResubmission(RecordResubmission c, Offer offer) {
        if (!offer.ended()) {
            return Decision.reject(new OfferError.StillValid(offer.offerNumber(), offer.status()));
        }
        if (offer.resubmittedAs() != null) {
            return Decision.reject(new OfferError.AlreadyResubmitted(offer.offerNumber(), offer.resubmittedAs()));
        }
        return Decision.accept(new OfferResubmitted(offer.offerNumber(), c.resubmittedAs()));
    }

    private Decision<OfferEvent> recordRefund(RecordRefund c, Offer offer) {
        if (offer.refundOwed() == null) {
            return Decision.reject(new OfferError.NoRefundOwed(offer.offerNumber(), offer.feeStatus()));
        }
        if (offer.refundedOn() != null) {
            return Decision.reject(new OfferError.RefundAlreadyRecorded(offer.offerNumber(), offer.refundedOn()));
        }
        if (c.amount().compareTo(offer.refundOwed().amount()) != 0 || !c.currency().equals(offer.currency())) {
            return Decision.reject(new OfferError.WrongFeeAmount(offer.refundOwed().amount(), offer.currency(), c.amount(),
                    c.currency()));
        }
        return Decision.accept(new FeeRefunded(offer.offerNumber(), c.amount(), c.currency(), c.refundedOn()));
    }

    @Override
    public Offer evolve(Offer offer, OfferEvent event) {
        if (event instanceof OfferSubmitted s) {
            return new Offer(s.offerNumber(), s.terms(), s.feeDue(), s.currency(), null, null, null, null, null, null, s.replaces(),
                    null);
        }
        if (event instanceof FeeExemptionApplied) {
            // the zero fee due already makes the offer exempt; the event is for partners and the fee ledger
            return offer;
        }
        if (event instanceof FeePaid paid) {
            return offer.paidOn(paid.paidOn());
        }
        if (event instanceof ApplicationLinked linked) {
            return offer.usedBy(linked.applicationId());
        }
        if (event instanceof ApplicationReturned) {
            return offer.usedBy(null);
        }
        if (event instanceof OfferInvalidated invalidated) {
            return offer.invalidatedBy(invalidated);
        }
        if (event instanceof OfferWithdrawn withdrawn) {
            return offer.withdrawnBy(withdrawn);
        }
        if (event instanceof FeeRefundOwed owed) {
            return offer.owing(owed);
        }
        if (event instanceof OfferResubmitted resubmitted) {
            return offer.resubmittedAs(resubmitted.resubmittedAs());
        }
        return offer.refundedOn(((FeeRefunded) event).refundedOn());
    }
}
