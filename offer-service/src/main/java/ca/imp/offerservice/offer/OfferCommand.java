package ca.imp.offerservice.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.OfferStatus;
import ca.imp.contract.offer.OfferTerms;
import ca.imp.offerservice.reference.FeeExemptionPrograms;

/** What can be asked of an offer. Everything the decider needs from the outside world, time included, is in the command. */
public sealed interface OfferCommand {

    String offerNumber();

    /**
     * @param fee       the fee the schedule in force asks for an offer, or this offer's share of its group's capped fee
     * @param exemption the fee-exempt program the employer claims, with what the program asks of the work, if it claims one
     * @param replaces  the invalidated offer this one resubmits, or null
     * @param submittedOn  the day it is submitted, which the exemption code must be in force on
     * @param exemptionCode what the table of exemption codes says of its code on that day
     * @param group     the group of offers submitted together whose capped fee {@code fee} is a share of, or null
     * @param extendsOffer the approved offer this one extends, or null
     */
    record SubmitOffer(String offerNumber, OfferTerms terms, BigDecimal fee, String currency, Optional<Exemption> exemption,
                       String replaces, LocalDate submittedOn, ExemptionCodeStanding exemptionCode, String group,
                       String extendsOffer)
            implements OfferCommand {
    }

    /**
     * A claim of a program in force on the submission date, with the reference data's word on it.
     *
     * @param condition what the program asks of the work beyond taking part in it, if anything
     */
    record Exemption(FeeExemptionClaim claim, Optional<FeeExemptionPrograms.Condition> condition) {
    }

    /** Links an invalidated offer to the new offer that resubmits it. */
    record RecordResubmission(String offerNumber, String resubmittedAs) implements OfferCommand {
    }

    /**
     * Links an approved offer to the new offer that extends it.
     *
     * @param latest the approved offer's latest extension as its own stream has it, if it has one
     */
    record RecordExtension(String offerNumber, String extendedAs, Optional<PriorExtension> latest) implements OfferCommand {
    }

    /**
     * An extension made before, as it stands: whether it still carries the worker on (under way, approved, or tried again
     * as a resubmission) or ended without a permit.
     */
    record PriorExtension(String offerNumber, OfferStatus status, Optional<String> resubmittedAs) {
        boolean endedWithoutPermit() {
            return status.ended() && status != OfferStatus.APPROVED && resubmittedAs.isEmpty();
        }
    }

    record PayFee(String offerNumber, BigDecimal amount, String currency, LocalDate paidOn) implements OfferCommand {
    }

    /** Sent when a worker applied for a work permit with this offer number. */
    record LinkApplication(String offerNumber, String applicationId, LocalDate submittedOn) implements OfferCommand {
    }

    /**
     * Sent when an officer rendered a decision on the application that used this offer.
     *
     * @param invalidatesOffer whether the decision ends the offer number, as decision-service decided it; if not, the
     *                         application is given back
     * @param refundFollowUpOn when to follow up on the refund, should this decision make the fee refundable
     * @param permitValidUntil for an approval, the permit's last day as the decision gives it, or null
     */
    record InvalidateOffer(String offerNumber, String applicationId, DecisionOutcome outcome, boolean invalidatesOffer,
                           LocalDate decisionDate, UUID decisionEventId, LocalDate refundFollowUpOn,
                           LocalDate permitValidUntil) implements OfferCommand {
    }

    /** @param refundFollowUpOn when to follow up on the refund of a paid fee */
    record WithdrawOffer(String offerNumber, LocalDate withdrawnOn, String reason, LocalDate refundFollowUpOn)
            implements OfferCommand {
    }

    record RecordRefund(String offerNumber, BigDecimal amount, String currency, LocalDate refundedOn) implements OfferCommand {
    }

    /** The worker started work on the approved offer on this day. */
    record RecordEmploymentStart(String offerNumber, LocalDate startedOn) implements OfferCommand {
    }
}
