package ca.imp.offerservice.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.FeeRefundOwed;
import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferStatus;
import ca.imp.contract.offer.OfferTerms;
import ca.imp.contract.offer.OfferWithdrawn;

/**
 * A submitted offer as its events made it: what it offers, where its use stands and where its fee
 * stands, each a variant that holds only what is true in it.
 *
 * @param replaces the earlier attempt this offer resubmits, if it is one
 */
public record Offer(String offerNumber, OfferTerms terms, Optional<String> replaces, Use use, Fee fee) implements OfferState {

    /** Where the compliance fee stands. */
    public enum FeeStatus {
        DUE, PAID, EXEMPT, REFUND_OWED, REFUNDED,
        /** Paid, and the permit was approved: the fee is not coming back. */
        SPENT
    }

    /** Where the offer's use stands: not used, used by an application, or ended for good. */
    public sealed interface Use {

        OfferStatus status(Fee fee);

        /** The application using the offer, or that used it when it ended. */
        default Optional<String> applicationId() {
            return Optional.empty();
        }

        /** The decision that ended the offer, if one did. */
        default Optional<OfferInvalidated> invalidation() {
            return Optional.empty();
        }

        /** The employer's withdrawal that ended the offer, if it did. */
        default Optional<OfferWithdrawn> withdrawal() {
            return Optional.empty();
        }

        /** The later attempt that resubmits this offer, if there is one. */
        default Optional<String> resubmittedAs() {
            return Optional.empty();
        }

        /** The worker's first day of employment, once the employer has recorded it on the approved offer. */
        default Optional<LocalDate> employmentStartedOn() {
            return Optional.empty();
        }

        /** The offers that extend this approved one, oldest first. */
        default List<String> extensions() {
            return List.of();
        }

        /** Fee exemption and payment settle the fee of an offer still in use or not. */
        record Unused() implements Use {
            @Override
            public OfferStatus status(Fee fee) {
                return fee.settled() ? OfferStatus.READY : OfferStatus.AWAITING_FEE;
            }
        }

        record InUse(String application) implements Use {
            @Override
            public OfferStatus status(Fee fee) {
                return OfferStatus.IN_USE;
            }

            @Override
            public Optional<String> applicationId() {
                return Optional.of(application);
            }
        }

        /** A decision or the employer's withdrawal ended the number; it may since have been resubmitted as another. */
        sealed interface Ended extends Use {
            Ended resubmitted(String successor);
        }

        /** @param extensions the offers that extend this one once approved, oldest first */
        record Invalidated(OfferInvalidated decision, Optional<String> applicationId, Optional<String> resubmittedAs,
                           Optional<LocalDate> employmentStartedOn, List<String> extensions) implements Ended {
            public Invalidated {
                extensions = List.copyOf(extensions);
            }

            @Override
            public Ended resubmitted(String successor) {
                return new Invalidated(decision, applicationId, Optional.of(successor), employmentStartedOn, extensions);
            }

            Invalidated employmentStarted(LocalDate startedOn) {
                return new Invalidated(decision, applicationId, resubmittedAs, Optional.of(startedOn), extensions);
            }

            Invalidated extended(String extension) {
                var more = new ArrayList<>(extensions);
                more.add(extension);
                return new Invalidated(decision, applicationId, resubmittedAs, employmentStartedOn, more);
            }

            /** The extension made last, which is the one that carries the worker on if any does. */
            Optional<String> latestExtension() {
                return extensions.isEmpty() ? Optional.empty() : Optional.of(extensions.get(extensions.size() - 1));
            }

            boolean approved() {
                return decision.outcome() == DecisionOutcome.APPROVED;
            }

            /** The decision's outcome: an approved hire reads APPROVED, not merely ended. */
            @Override
            public OfferStatus status(Fee fee) {
                return OfferStatus.endedBy(decision.outcome());
            }

            @Override
            public Optional<OfferInvalidated> invalidation() {
                return Optional.of(decision);
            }
        }

        /**
         * @param decision the applicant's own withdrawal that ended the offer before the employer withdrew it to
         *                 recover the fee (IRPR 303.1(6)); empty when the employer's withdrawal ended it
         */
        record Withdrawn(OfferWithdrawn withdrawn, Optional<String> applicationId, Optional<String> resubmittedAs,
                         Optional<OfferInvalidated> decision)
                implements Ended {
            @Override
            public Ended resubmitted(String successor) {
                return new Withdrawn(withdrawn, applicationId, Optional.of(successor), decision);
            }

            @Override
            public Optional<OfferInvalidated> invalidation() {
                return decision;
            }

            @Override
            public OfferStatus status(Fee fee) {
                return OfferStatus.WITHDRAWN;
            }

            @Override
            public Optional<OfferWithdrawn> withdrawal() {
                return Optional.of(withdrawn);
            }
        }
    }

    /** Where the compliance fee stands; its amount and currency are those the offer was submitted with. */
    public sealed interface Fee {
        BigDecimal amount();

        String currency();

        FeeStatus status(Use use);

        /** Whether the offer may serve an application as far as the fee goes. */
        default boolean settled() {
            return true;
        }

        default Optional<LocalDate> paidOn() {
            return Optional.empty();
        }

        default Optional<FeeRefundOwed> refundOwed() {
            return Optional.empty();
        }

        default Optional<LocalDate> refundedOn() {
            return Optional.empty();
        }

        record Due(BigDecimal amount, String currency) implements Fee {
            @Override
            public FeeStatus status(Use use) {
                return FeeStatus.DUE;
            }

            @Override
            public boolean settled() {
                return false;
            }
        }

        /**
         * No fee is owed: the employer claimed a fee-exempt program (FeeExemptionClaimed), or, for an offer submitted
         * before claims, its exemption code was taken as fee-exempt (FeeExemptionApplied, no claim).
         */
        record Exempt(BigDecimal amount, String currency, Optional<FeeExemptionClaim> claim) implements Fee {
            @Override
            public FeeStatus status(Use use) {
                return FeeStatus.EXEMPT;
            }
        }

        record Paid(BigDecimal amount, String currency, LocalDate on) implements Fee {
            /** Spent once the permit was approved: the fee is not coming back. */
            @Override
            public FeeStatus status(Use use) {
                return use.invalidation().filter(decision -> decision.outcome() == DecisionOutcome.APPROVED).isPresent()
                        ? FeeStatus.SPENT
                        : FeeStatus.PAID;
            }

            @Override
            public Optional<LocalDate> paidOn() {
                return Optional.of(on);
            }
        }

        record RefundOwed(Paid paid, FeeRefundOwed owed) implements Fee {
            @Override
            public FeeStatus status(Use use) {
                return FeeStatus.REFUND_OWED;
            }

            @Override
            public BigDecimal amount() {
                return paid.amount();
            }

            @Override
            public String currency() {
                return paid.currency();
            }

            @Override
            public Optional<LocalDate> paidOn() {
                return paid.paidOn();
            }

            @Override
            public Optional<FeeRefundOwed> refundOwed() {
                return Optional.of(owed);
            }
        }

        record Refunded(RefundOwed refund, LocalDate on) implements Fee {
            @Override
            public FeeStatus status(Use use) {
                return FeeStatus.REFUNDED;
            }

            @Override
            public BigDecimal amount() {
                return refund.amount();
            }

            @Override
            public String currency() {
                return refund.currency();
            }

            @Override
            public Optional<LocalDate> paidOn() {
                return refund.paidOn();
            }

            @Override
            public Optional<FeeRefundOwed> refundOwed() {
                return refund.refundOwed();
            }

            @Override
            public Optional<LocalDate> refundedOn() {
                return Optional.of(on);
            }
        }
    }

    /** Derived from the variants rather than kept, so it cannot drift from them. */
    @Override
    public OfferStatus status() {
        return use.status(fee);
    }

    public FeeStatus feeStatus() {
        return fee.status(use);
    }

    /** The last day of the work permit approved with this offer, when the approval gave it. */
    public Optional<LocalDate> permitExpiresOn() {
        return use.invalidation().filter(decision -> decision.outcome() == DecisionOutcome.APPROVED)
                .map(OfferInvalidated::permitValidUntil);
    }

    public boolean ended() {
        return use instanceof Use.Ended;
    }

    Offer with(Use changed) {
        return new Offer(offerNumber, terms, replaces, changed, fee);
    }

    Offer with(Fee changed) {
        return new Offer(offerNumber, terms, replaces, use, changed);
    }
}
