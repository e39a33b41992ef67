package ca.imp.offerservice.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferStatus;
import ca.imp.contract.offer.OfferWithdrawn;
import ca.imp.eventstore.decider.DomainError;
import ca.imp.offerservice.reference.FeeExemptionPrograms;

/** The rules an offer command can break. */
public sealed interface OfferError extends DomainError {

    record OfferNotFound(String offerNumber) implements OfferError, DomainError.NotFound {
        public String rule() {
            return "offer-not-found";
        }

        public String detail() {
            return "No offer has the number " + offerNumber + ".";
        }
    }

    /** Offer numbers are drawn at random; a draw that hits an existing number is drawn again, never reused. */
    record OfferNumberTaken(String offerNumber) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "offer-number-taken";
        }

        public String detail() {
            return "The offer number " + offerNumber + " has already been issued and is never issued twice.";
        }
    }

    /**
     * Once a decision is rendered on the application that used it, or the employer withdrew it, an
     * offer number is dead forever. Exactly one of the two causes is set.
     */
    record OfferNoLongerValid(OfferInvalidated invalidation, OfferWithdrawn withdrawal)
            implements OfferError, DomainError.Conflict {
        public String rule() {
            return "offer-invalidated";
        }

        public String offerNumber() {
            return invalidation != null ? invalidation.offerNumber() : withdrawal.offerNumber();
        }

        public String detail() {
            String cause = invalidation != null
                    ? "a decision (" + invalidation.outcome() + " on " + invalidation.decisionDate()
                            + ") was rendered on application " + invalidation.applicationId()
                    : "the employer withdrew it on " + withdrawal.withdrawnOn();
            return "Offer " + offerNumber() + " is no longer valid: " + cause + ". An offer number cannot be reused or "
                    + "reactivated; submit a new offer, with a new fee, to try again.";
        }

        @Override
        public Map<String, Object> facts() {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("offerNumber", offerNumber());
            if (invalidation != null) {
                facts.put("invalidatedBy", Map.of(
                        "applicationId", invalidation.applicationId(),
                        "outcome", invalidation.outcome(),
                        "decidedOn", invalidation.decisionDate().toString()));
            } else {
                facts.put("withdrawnOn", withdrawal.withdrawnOn().toString());
            }
            return facts;
        }
    }

    /** Every draw hit an issued number: the space of offer numbers is nearly used up. */
    record OfferNumbersExhausted() implements OfferError, DomainError.Unavailable {
        public String rule() {
            return "offer-numbers-exhausted";
        }

        public String detail() {
            return "No free offer number could be drawn; the number space is nearly used up. Try again later, and tell support"
                    + " if this persists.";
        }
    }

    /** An offer is submitted only for an employer the one submitting acts for. */
    record NotActingForEmployer(String businessNumber) implements OfferError, DomainError.NotPermitted {
        public String rule() {
            return "not-acting-for-employer";
        }

        public String detail() {
            return "Your token does not act for the employer with business number " + businessNumber
                    + "; an offer is submitted only for an employer the token names.";
        }

        @Override
        public String field() {
            return "employer.businessNumber";
        }
    }

    /** The exemption code must be one IRCC publishes. */
    record UnknownExemptionCode(String exemptionCode) implements OfferError, DomainError.Invalid {
        public String rule() {
            return "unknown-exemption-code";
        }

        public String detail() {
            return "'" + exemptionCode + "' is not an LMIA exemption code";
        }

        @Override
        public String field() {
            return "exemptionCode";
        }
    }

    /**
     * The exemption code must be in force on the day the offer is submitted: a code IRCC retired (C12 on
     * 2022-12-15) is refused, naming the codes that replaced it.
     */
    record ExemptionCodeNotInForce(String exemptionCode, LocalDate submittedOn, LocalDate effectiveFrom,
                                   LocalDate effectiveTo, List<String> replacedBy)
            implements OfferError, DomainError.Unprocessable {
        public String rule() {
            return "exemption-code-not-in-force";
        }

        public String detail() {
            String when = effectiveTo == null
                    ? "it comes into force on " + effectiveFrom
                    : "its last day was " + effectiveTo;
            String instead = replacedBy.isEmpty() ? "" : "; IRCC replaced it with " + String.join(", ", replacedBy);
            return "The LMIA exemption code " + exemptionCode + " is not in force on " + submittedOn
                    + ", the day the offer is submitted: " + when + instead;
        }

        @Override
        public String field() {
            return "exemptionCode";
        }

        @Override
        public Map<String, Object> facts() {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("effectiveFrom", effectiveFrom.toString());
            if (effectiveTo != null) {
                facts.put("effectiveTo", effectiveTo.toString());
            }
            facts.put("replacedBy", replacedBy);
            return facts;
        }
    }

    /** A country must be an ISO 3166 country. */
    record UnknownCountry(String field, String code) implements OfferError, DomainError.Invalid {
        public String rule() {
            return "unknown-country";
        }

        public String detail() {
            return "'" + code + "' is not an ISO 3166 country code";
        }
    }

    /** The day a payment, withdrawal or refund happened cannot be after today. */
    record DayInFuture(String field, LocalDate today) implements OfferError, DomainError.Invalid {
        public String rule() {
            return "not-in-future";
        }

        public String detail() {
            return "'" + field + "' cannot be after today (" + today + ")";
        }
    }

    /** Terms that contradict themselves; names the field at fault. */
    record InvalidTerms(String field, String rule, String detail) implements OfferError, DomainError.Unprocessable {
    }

    record StillValid(String offerNumber, OfferStatus status) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "only-invalidated-offers-resubmit";
        }

        public String detail() {
            return "Offer " + offerNumber + " is still valid (" + status.name().toLowerCase().replace('_', ' ')
                    + "); only an offer that a decision or a withdrawal ended is resubmitted.";
        }
    }

    /** A resubmission tries the same hire again, so it is for the same employer; another employer submits its own offer. */
    record ResubmittedForAnotherEmployer(String offerNumber, String businessNumber)
            implements OfferError, DomainError.Unprocessable {
        public String rule() {
            return "resubmission-keeps-employer";
        }

        public String detail() {
            return "Offer " + offerNumber + " is an offer of employer " + businessNumber + "; its resubmission cannot name another"
                    + " employer. Submit a new offer for that employer instead.";
        }

        @Override
        public String field() {
            return "employer.businessNumber";
        }
    }

    record AlreadyResubmitted(String offerNumber, String resubmittedAs) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "already-resubmitted";
        }

        public String detail() {
            return "Offer " + offerNumber + " was already resubmitted as " + resubmittedAs + "; resubmit that one if it ends too.";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("resubmittedAs", resubmittedAs);
        }
    }

    /** An extension keeps the worker on after the permit an approval gave, so only an approved offer is extended. */
    record ExtensionOfUnapprovedOffer(String offerNumber, OfferStatus status) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "extension-needs-approval";
        }

        public String detail() {
            return "Offer " + offerNumber + " is " + status + ", not APPROVED: only an offer a work permit was approved with is"
                    + " extended. To try the same hire again after it ended without a permit, resubmit it (POST /offers/"
                    + offerNumber + "/resubmissions).";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("offerStatus", status.name());
        }
    }

    /**
     * A worker has one extension under way at a time: the latest extension is under way, approved, or tried again as a
     * resubmission, or was made while this one was asked for.
     *
     * @param latest the latest extension as the request saw it; empty when it was made meanwhile
     */
    record AlreadyExtended(String offerNumber, String extendedAs, Optional<OfferCommand.PriorExtension> latest)
            implements OfferError, DomainError.Conflict {
        public String rule() {
            return "already-extended";
        }

        public String detail() {
            String where = latest.map(prior -> prior.resubmittedAs()
                            .map(successor -> "whose attempt goes on as its resubmission " + successor)
                            .orElse(prior.status() == OfferStatus.APPROVED
                                    ? "which was approved: extend " + extendedAs + " when its permit nears its end"
                                    : "which is " + prior.status() + "; withdraw it first to make another"))
                    .orElse("made meanwhile");
            return "Offer " + offerNumber + " was extended as " + extendedAs + ", " + where
                    + ". A worker has one extension under way at a time.";
        }

        @Override
        public Map<String, Object> facts() {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("extendedAs", extendedAs);
            latest.ifPresent(prior -> facts.put("extensionStatus", prior.status().name()));
            return facts;
        }
    }

    /** An extension keeps the same worker on with the same employer; another employer submits an offer of its own. */
    record ExtendedForAnotherEmployer(String offerNumber, String businessNumber) implements OfferError, DomainError.Unprocessable {
        public String rule() {
            return "extension-keeps-employer";
        }

        public String detail() {
            return "Offer " + offerNumber + " is an offer of employer " + businessNumber + "; its extension cannot name another"
                    + " employer. The other employer submits an offer of its own (POST /offers).";
        }

        @Override
        public String field() {
            return "employer.businessNumber";
        }
    }

    record NoRefundOwed(String offerNumber, Offer.FeeStatus feeStatus) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "no-refund-owed";
        }

        public String detail() {
            return "No refund of the compliance fee is owed for offer " + offerNumber + " (its fee is "
                    + feeStatus.name().toLowerCase().replace('_', ' ') + ").";
        }
    }

    record RefundAlreadyRecorded(String offerNumber, LocalDate refundedOn) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "refund-already-recorded";
        }

        public String detail() {
            return "The refund of the compliance fee for offer " + offerNumber + " was already recorded on " + refundedOn + ".";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("refundedOn", refundedOn.toString());
        }
    }

    /** Another payment than the one recorded: repeating the recorded one changes nothing and is no error. */
    record FeeAlreadyPaid(String offerNumber, BigDecimal amount, String currency, LocalDate paidOn)
            implements OfferError, DomainError.Conflict {
        public String rule() {
            return "fee-already-paid";
        }

        public String detail() {
            return "The compliance fee for offer " + offerNumber + " has already been paid (" + currency + " "
                    + amount.toPlainString() + " on " + paidOn + "); it is paid once per offer.";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("paid", Map.of("amount", amount, "currency", currency), "paidOn", paidOn.toString());
        }
    }

    /** @param program the fee-exempt program the employer claimed; empty for an offer exempted by its code before claims */
    record FeeNotDue(String offerNumber, Optional<String> program, String exemptionCode)
            implements OfferError, DomainError.Conflict {
        public String rule() {
            return "fee-exempt";
        }

        public String detail() {
            return "Offer " + offerNumber + " is exempt from the compliance fee "
                    + program.map(p -> "under the program " + p + " its employer claimed")
                            .orElse("under exemption code " + exemptionCode + " (as recorded when it was submitted)")
                    + "; no payment is due.";
        }
    }

    record WrongFeeAmount(BigDecimal due, String currency, BigDecimal offered, String offeredCurrency)
            implements OfferError, DomainError.Unprocessable {
        public String rule() {
            return "fee-amount";
        }

        public String detail() {
            return "The compliance fee for this offer is " + currency + " " + due.toPlainString() + "; a payment of "
                    + offeredCurrency + " " + offered.toPlainString() + " cannot be recorded.";
        }

        @Override
        public String field() {
            return "amount";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("feeDue", due, "currency", currency);
        }
    }

    /** The claimed program is not one on IRCC's fee-exemption list in force on the day of the submission. */
    record UnknownFeeExemptionProgram(String program, LocalDate on) implements OfferError, DomainError.Invalid {
        public String rule() {
            return "unknown-fee-exemption-program";
        }

        public String detail() {
            return "'" + program + "' is not a fee-exempt program in force on " + on
                    + "; GET /reference/fee-exemption-programs lists them. A code never grants a fee exemption.";
        }

        @Override
        public String field() {
            return "feeExemption.program";
        }
    }

    /** A program that asks something of the work (unpaid work, R299(2)(f)) exempts only when the claim attests it. */
    record ExemptionConditionUnattested(String program, FeeExemptionPrograms.Condition condition)
            implements OfferError, DomainError.Unprocessable {
        public String rule() {
            return "exemption-condition-unattested";
        }

        public String detail() {
            return switch (condition) {
                case UNREMUNERATED -> "The program " + program + " exempts the employer from the compliance fee only if the"
                        + " worker will not be paid for the work (IRPR 299(2)(f)); attest it with unremunerated: true, or"
                        + " submit the offer without the claim and pay the fee.";
            };
        }

        @Override
        public String field() {
            return switch (condition) {
                case UNREMUNERATED -> "feeExemption.unremunerated";
            };
        }
    }

    /**
     * Foreign governments, diplomatic missions, international organizations and the other kinds R209.91 names are
     * outside the employer regime: they make no offer in the Employer Portal and pay no fee (R303.1(4.1)).
     */
    record OutsideEmployerRegime(String employerKind, String label, String regulation) implements OfferError, DomainError.Unprocessable {
        public String rule() {
            return "outside-employer-regime";
        }

        public String detail() {
            return "Employers of the kind " + employerKind + " (" + label + ", IRPR " + regulation.replaceFirst("^R", "")
                    + ") are outside the employer regime: they submit no offer of employment here and owe no compliance fee;"
                    + " the worker applies for the work permit without an offer number.";
        }

        @Override
        public String field() {
            return "feeExemption.program";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("regulation", regulation);
        }
    }

    /** Only an approved offer has a worker who can start work under it. */
    record NotApproved(String offerNumber, OfferStatus status) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "offer-not-approved";
        }

        public String detail() {
            return "Offer " + offerNumber + " is " + status + ", not APPROVED: a first day of employment is recorded only"
                    + " once a work permit was approved with it.";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("offerStatus", status.name());
        }
    }

    record EmploymentStartAlreadyRecorded(String offerNumber, LocalDate startedOn) implements OfferError, DomainError.Conflict {
        public String rule() {
            return "employment-start-already-recorded";
        }

        public String detail() {
            return "The first day of employment on offer " + offerNumber + " was already recorded: " + startedOn + ".";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("startedOn", startedOn.toString());
        }
    }

    /** No one works under a permit before it is approved. */
    record StartBeforeApproval(LocalDate startedOn, LocalDate approvedOn) implements OfferError, DomainError.Unprocessable {
        public String rule() {
            return "not-before-approval";
        }

        @Override
        public String field() {
            return "startedOn";
        }

        public String detail() {
            return "'startedOn' (" + startedOn + ") cannot be before the approval of the work permit (" + approvedOn + ").";
        }

        @Override
        public Map<String, Object> facts() {
            return Map.of("approvedOn", approvedOn.toString());
        }
    }

    /** No group of offers of this kind has a capped fee in force on the day: the cap is the only reason to submit together. */
    record UnknownOfferGroupKind(String groupKind, LocalDate on) implements OfferError, DomainError.Invalid {
        public String rule() {
            return "unknown-offer-group-kind";
        }

        public String detail() {
            return "No fee cap for a group of offers of the kind '" + groupKind + "' is in force on " + on
                    + "; the kind in force is PERFORMING_ARTISTS.";
        }

        @Override
        public String field() {
            return "kind";
        }
    }

    /** The cap applies from a number of offers made at the same time (IRCC fee list: three for performing artists). */
    record OfferGroupTooSmall(String groupKind, int minOffers, int offers) implements OfferError, DomainError.Unprocessable {
        public String rule() {
            return "offer-group-too-small";
        }

        public String detail() {
            return "A group of " + groupKind + " offers has at least " + minOffers + " offers made at the same time; this one has "
                    + offers + ". Submit the offers one by one (POST /offers), each with the ordinary fee.";
        }

        @Override
        public String field() {
            return "offers";
        }
    }

    /** The cap is on what one employer pays for the offers it makes together. */
    record OfferGroupOfSeveralEmployers(int index, String businessNumber, String groupEmployer)
            implements OfferError, DomainError.Unprocessable {
        public String rule() {
            return "offer-group-one-employer";
        }

        public String detail() {
            return "Every offer of a group is made by the same employer: offer " + index + " names " + businessNumber
                    + ", the first " + groupEmployer + ".";
        }

        @Override
        public String field() {
            return "offers[" + index + "].employer.businessNumber";
        }
    }

    /** A group exists to share a capped fee: an offer owing none has no share in it and is submitted alone. */
    record FeeExemptionInOfferGroup(int index) implements OfferError, DomainError.Unprocessable {
        public String rule() {
            return "fee-exemption-in-offer-group";
        }

        public String detail() {
            return "Offer " + index + " claims a fee-exempt program; the offers of a group share the capped fee, so an offer"
                    + " that owes none is submitted on its own (POST /offers).";
        }

        @Override
        public String field() {
            return "offers[" + index + "].feeExemption";
        }
    }

    record OfferGroupNotFound(String groupId) implements OfferError, DomainError.NotFound {
        public String rule() {
            return "offer-group-not-found";
        }

        public String detail() {
            return "No group of offers has the id " + groupId + ".";
        }
    }
}
