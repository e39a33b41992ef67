package ca.imp.offerservice.offer;

import ca.imp.contract.decision.InvalidationPolicy;
import ca.imp.contract.offer.FeePaid;
import ca.imp.contract.offer.OfferEvent;
import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.eventstore.decider.Decider;
import ca.imp.eventstore.decider.Decision;
import ca.imp.offerservice.offer.OfferCommand.InvalidateOffer;
import ca.imp.offerservice.offer.OfferCommand.PayFee;
import ca.imp.offerservice.offer.OfferCommand.SubmitOffer;

/** The rules of one offer of employment, from submission to the decision that ends it. */
public final class OfferDecider implements Decider<OfferCommand, Offer, OfferEvent> {
    private final InvalidationPolicy invalidation;

    public OfferDecider(InvalidationPolicy invalidation) {
        this.invalidation = invalidation;
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
        if (command instanceof PayFee pay) {
            return payFee(pay, offer);
        }
        return invalidate((InvalidateOffer) command, offer);
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
        return Decision.accept(new OfferSubmitted(c.offerNumber(), c.terms(), c.feeDue(), c.currency(), null));
    }

    private Decision<OfferEvent> payFee(PayFee c, Offer offer) {
        switch (offer.status()) {
            case NONE:
                return Decision.reject(new OfferError.OfferNotFound(c.offerNumber()));
            case INVALIDATED:
                return Decision.reject(new OfferError.OfferNoLongerValid(offer.invalidation()));
            default:
                break;
        }
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

    private Decision<OfferEvent> invalidate(InvalidateOffer c, Offer offer) {
        if (offer.status() == Offer.Status.NONE) {
            return Decision.reject(new OfferError.OfferNotFound(c.offerNumber()));
        }
        if (offer.status() == Offer.Status.INVALIDATED || !invalidation.invalidates(c.outcome())) {
            return Decision.alreadyDone();
        }
        return Decision.accept(new OfferInvalidated(offer.offerNumber(), c.applicationId(), c.outcome(), c.decisionDate(),
                c.decisionEventId()));
    }

    @Override
    public Offer evolve(Offer offer, OfferEvent event) {
        if (event instanceof OfferSubmitted s) {
            boolean exempt = s.feeDue().signum() == 0;
            return new Offer(exempt ? Offer.Status.READY : Offer.Status.AWAITING_FEE, s.offerNumber(), s.terms(), s.feeDue(),
                    s.currency(), null, null);
        }
        if (event instanceof FeePaid paid) {
            return offer.paidOn(paid.paidOn());
        }
        return offer.invalidatedBy((OfferInvalidated) event);
    }
}
