package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.FeeRefundOwed;
import ca.imp.contract.offer.OfferStatus;
import ca.imp.contract.offer.OfferTerms;
import ca.imp.contract.offer.OfferWithdrawn;
import ca.imp.offerservice.offer.Offer;
import ca.imp.offerservice.offer.SeenOffer;
import ca.imp.offerservice.privacy.EmployerContact;
import ca.imp.offerservice.privacy.PersonalData;
import ca.imp.offerservice.privacy.PersonalDataRead;
import ca.imp.offerservice.worker.Worker;

/**
 * An offer and where it stands. Its personal data (the worker, the employer's contact) appears only
 * for a caller who acts for its employer; once erased, {@code personalData} says so instead.
 *
 * @param applicationId the work permit application using the offer now, if any
 * @param teer          the TEER category the NOC code states
 * @param worker        the worker's personal data, for a caller who acts for the employer, until erased
 * @param personalData  present only when the offer's personal data was erased, to a caller who acts for the employer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferView(
        @Schema(description = "The offer's unique number: A and 7 digits.", example = "A8108406")
        String offerNumber,
        @Schema(description = "Where the offer stands; once its number can no longer be used, the outcome that ended it (its invalidation says which decision or withdrawal).", example = "READY")
        OfferStatus status,
        @Schema(description = "The work permit application using the offer now, if any.", example = "A8108406-1")
        String applicationId,
        @Schema(description = "The employer making the offer.")
        Employer employer,
        @Schema(description = "The worker's personal data, for a caller who acts for the employer, until erased.")
        Worker worker,
        @Schema(description = "Present only when the offer's personal data was erased, to a caller who acts for the employer.")
        PersonalDataErased personalData,
        @Schema(description = "The job offered.")
        Job job,
        @Schema(description = "The TEER category the NOC code states (0 to 5).", example = "1")
        int teer,
        @Schema(description = "The LMIA exemption code the offer relies on.", example = "C10")
        String exemptionCode,
        @Schema(description = "The employer compliance fee and where it stands.")
        Fee fee,
        @Schema(description = "What ended the offer, once something did.")
        Invalidation invalidation,
        @Schema(description = "The worker's first day of employment under the approved permit, once the employer recorded it: the employer's records are kept 6 years from it (IRPR 209.2(1)(b)).", example = "2026-09-01")
        LocalDate employmentStartedOn,
        @Schema(description = "The last day of the work permit approved with this offer, as the decision gave it: an extension needs a new offer, a new fee and an application before it. Absent for an offer not approved, or approved before this was recorded.", example = "2028-08-31")
        LocalDate permitExpiresOn,
        @Schema(description = "The offer this one replaces, and the one that replaced it, when resubmitted.")
        Attempts attempts,
        @Schema(description = "What the employer should do next, when the offer's state calls for it: after the applicant"
                + " withdrew the application, withdrawing the offer to recover the paid fee.")
        NextAction nextAction) {

    /**
     * An operation the employer should call, and why.
     *
     * @param operation the operationId in this service's OpenAPI document
     */
    public record NextAction(
            @Schema(description = "The operation to call, by its operationId.", example = "withdrawOffer")
            String operation,
            @Schema(description = "Its HTTP method.", example = "POST")
            String method,
            @Schema(description = "Its path.", example = "/offers/A8108406/withdrawal")
            String path,
            @Schema(description = "Why, in words.", example = "The applicant withdrew application A8108406-1 on 2026-06-16; that does not refund the fee.")
            String explanation) {

        /**
         * IRPR 303.1(6) refunds the fee when the employer withdraws the offer, not when the applicant withdraws the
         * application (domain.md, "Corrections and precisions"), so a paid fee waits on the employer.
         */
        static NextAction of(Offer offer) {
            boolean applicantWithdrew = offer.use() instanceof Offer.Use.Invalidated ended
                    && ended.decision().outcome() == DecisionOutcome.WITHDRAWN;
            if (!applicantWithdrew || offer.feeStatus() != Offer.FeeStatus.PAID) {
                return null;
            }
            var decision = offer.use().invalidation().orElseThrow();
            return new NextAction("withdrawOffer", "POST", "/offers/" + offer.offerNumber() + "/withdrawal",
                    "The applicant withdrew application " + decision.applicationId() + " on " + decision.decisionDate()
                            + ". That does not refund the compliance fee: IRPR 303.1(6) refunds it only if the employer"
                            + " withdraws the offer. Withdraw this offer to recover the fee.");
        }
    }

    /** @param contact the person to contact at the employer, for a caller who acts for it, until erased */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OfferEmployer", description = "The employer as the offer names it")
    public record Employer(
            @Schema(description = "The employer's 9-digit CRA business number.", example = "123456789")
            String businessNumber,
            @Schema(description = "The employer's legal name.", example = "Maple Robotics Inc.")
            String legalName,
            @Schema(description = "The name the employer operates under, if other than its legal name.", example = "Maple Robotics")
            String operatingName,
            @Schema(description = "The employer's place of business.")
            OfferTerms.Address address,
            @Schema(description = "The person to contact at the employer, for a caller who acts for it, until erased.")
            EmployerContact contact) {
    }

    /** The offer's personal data was erased: the worker and the employer's contact can no longer be read. */
    public record PersonalDataErased(
            @Schema(description = "Always true: the personal data was erased.", example = "true")
            boolean erased,
            @Schema(description = "When it was erased.", example = "2032-06-17T05:00:00Z")
            Instant erasedAt) {
    }

    /** The job as the offer states it, in the API's names (the published event has its own). */
    @Schema(name = "OfferJob", description = "The job offered")
    public record Job(
            @Schema(description = "The job title.", example = "Robotics engineer")
            String title,
            @Schema(description = "NOC 2021 code: 5 digits, the second of which is the TEER category (0 to 5).", example = "21301")
            String nocCode,
            @Schema(description = "The main duties of the job.", example = "Design and test industrial robots.")
            String duties,
            @Schema(description = "Hours of work per week.", example = "40")
            BigDecimal hoursPerWeek,
            @Schema(description = "The wage offered.")
            OfferTerms.Wage wage,
            @Schema(description = "Benefits offered beside the wage, if any.", example = "Dental and extended health care")
            String benefits,
            @Schema(description = "Where the work is done.")
            OfferTerms.WorkLocation location,
            @Schema(description = "The first day of employment.", example = "2026-09-01")
            LocalDate startsOn,
            @Schema(description = "The last day of employment.", example = "2028-08-31")
            LocalDate endsOn) {

        static Job of(OfferTerms.Job job) {
            return new Job(job.title(), job.nocCode(), job.duties(), job.hoursPerWeek(), job.wage(), job.benefits(),
                    job.location(), job.startDate(), job.endDate());
        }
    }

    /** The chain of attempts for one hire: the offer this one replaces, and the one that replaced it. */
    public record Attempts(
            @Schema(description = "The offer this one was resubmitted from.", example = "A8108406")
            String replaces,
            @Schema(description = "The offer that replaced this one.", example = "A8123456")
            String resubmittedAs) {
    }

    /**
     * @param refundFollowUpOn when to chase a refund owed that has not arrived
     */
    public record Fee(
            @Schema(description = "Where the fee stands.", example = "PAID")
            Offer.FeeStatus status,
            @Schema(description = "The fee due, paid or owed back.", example = "230.00")
            BigDecimal amount,
            @Schema(description = "ISO 4217 currency code.", example = "CAD")
            String currency,
            @Schema(description = "The day it was paid.", example = "2026-05-04")
            LocalDate paidOn,
            @Schema(description = "When to chase a refund owed that has not arrived.", example = "2026-09-14")
            LocalDate refundFollowUpOn,
            @Schema(description = "The day the refund arrived.", example = "2026-08-20")
            LocalDate refundedOn,
            @Schema(description = "The fee-exempt program the employer claimed, with the reference of its proof; absent unless"
                    + " the offer is exempt by such a claim.")
            OfferRequest.FeeExemption exemption) {

        static Fee of(Offer offer) {
            var due = offer.fee();
            return new Fee(offer.feeStatus(), due.amount(), due.currency(), due.paidOn().orElse(null),
                    due.refundOwed().map(FeeRefundOwed::followUpOn).orElse(null), due.refundedOn().orElse(null),
                    due instanceof Offer.Fee.Exempt exempt ? exempt.claim().map(OfferRequest.FeeExemption::of).orElse(null) : null);
        }
    }

    /** What ended the offer: a decision on its application, or the employer's withdrawal. */
    @Schema(name = "OfferInvalidation", description = "What ended the offer")
    public record Invalidation(
            @Schema(description = "DECISION or WITHDRAWAL.", example = "DECISION")
            String cause,
            @Schema(description = "The application whose decision ended the offer.", example = "A8108406-1")
            String applicationId,
            @Schema(description = "The decision's outcome.", example = "REFUSED")
            DecisionOutcome outcome,
            @Schema(description = "The day of the decision.", example = "2026-06-16")
            LocalDate decidedOn,
            @Schema(description = "The day the employer withdrew the offer (also after the applicant withdrew the application, to recover the fee).", example = "2026-05-10")
            LocalDate withdrawnOn,
            @Schema(description = "Why the offer number can never be used again, in words.", example = "A decision was rendered on the application that used this offer; the number can never be used again.")
            String reason) {

        /** What ended the offer, or null while nothing did. */
        static Invalidation of(Offer offer) {
            return offer.use().invalidation()
                    .map(decision -> new Invalidation("DECISION", decision.applicationId(), decision.outcome(),
                            decision.decisionDate(), offer.use().withdrawal().map(OfferWithdrawn::withdrawnOn).orElse(null),
                            "A decision was rendered on the application that used this offer; the number can never be used again."))
                    .or(() -> offer.use().withdrawal().map(withdrawal -> new Invalidation("WITHDRAWAL", null, null, null,
                            withdrawal.withdrawnOn(), "The employer withdrew this offer; the number can never be used again.")))
                    .orElse(null);
        }
    }

    static OfferView of(SeenOffer seen) {
        Offer offer = seen.offer();
        Invalidation invalidation = Invalidation.of(offer);
        OfferTerms terms = offer.terms();
        Fee fee = Fee.of(offer);
        Attempts attempts = offer.replaces().isEmpty() && offer.use().resubmittedAs().isEmpty()
                ? null
                : new Attempts(offer.replaces().orElse(null), offer.use().resubmittedAs().orElse(null));
        PersonalData kept = seen.personalData().orElse(null) instanceof PersonalDataRead.Kept k ? k.data() : null;
        PersonalDataErased erased = seen.personalData().orElse(null) instanceof PersonalDataRead.Erased e
                ? new PersonalDataErased(true, e.erasedAt())
                : null;
        var employer = terms.employer();
        return new OfferView(offer.offerNumber(), offer.status(), offer.use().applicationId().orElse(null),
                new Employer(employer.businessNumber(), employer.legalName(), employer.operatingName(), employer.address(),
                        kept == null ? null : kept.employerContact()),
                kept == null ? null : kept.worker(), erased, Job.of(terms.job()), terms.job().teer(), terms.exemptionCode(), fee,
                invalidation, offer.use().employmentStartedOn().orElse(null), offer.permitExpiresOn().orElse(null), attempts, NextAction.of(offer));
    }
}
