package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.OfferTerms;
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
public record OfferView(String offerNumber, Offer.Status status, String applicationId, Employer employer,
                        Worker worker, PersonalDataErased personalData, OfferTerms.Job job, int teer, String exemptionCode,
                        Fee fee, Invalidation invalidation, Attempts attempts) {

    /** @param contact the person to contact at the employer, for a caller who acts for it, until erased */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OfferEmployer", description = "The employer as the offer names it")
    public record Employer(String businessNumber, String legalName, String operatingName, OfferTerms.Address address,
                           EmployerContact contact) {
    }

    /** The offer's personal data was erased: the worker and the employer's contact can no longer be read. */
    public record PersonalDataErased(boolean erased, Instant erasedAt) {
    }

    /** The chain of attempts for one hire: the offer this one replaces, and the one that replaced it. */
    public record Attempts(String replaces, String resubmittedAs) {
    }

    /**
     * @param refundFollowUpOn when to chase a refund owed that has not arrived
     */
    public record Fee(Offer.FeeStatus status, BigDecimal amount, String currency, LocalDate paidOn,
                      LocalDate refundFollowUpOn, LocalDate refundedOn) {
    }

    /** What ended the offer: a decision on its application, or the employer's withdrawal. */
    @Schema(name = "OfferInvalidation", description = "What ended the offer")
    public record Invalidation(String cause, String applicationId, DecisionOutcome outcome, LocalDate decisionDate,
                               LocalDate withdrawnOn, String reason) {
    }

    static OfferView of(SeenOffer seen) {
        Offer offer = seen.offer();
        Invalidation invalidation = null;
        if (offer.invalidation() != null) {
            invalidation = new Invalidation("DECISION", offer.invalidation().applicationId(), offer.invalidation().outcome(),
                    offer.invalidation().decisionDate(), null,
                    "A decision was rendered on the application that used this offer; the number can never be used again.");
        } else if (offer.withdrawal() != null) {
            invalidation = new Invalidation("WITHDRAWAL", null, null, null, offer.withdrawal().withdrawnOn(),
                    "The employer withdrew this offer; the number can never be used again.");
        }
        OfferTerms terms = offer.terms();
        Fee fee = new Fee(offer.feeStatus(), offer.feeDue(), offer.currency(), offer.feePaidOn(),
                offer.refundOwed() == null ? null : offer.refundOwed().followUpOn(), offer.refundedOn());
        Attempts attempts = offer.replaces() == null && offer.resubmittedAs() == null
                ? null
                : new Attempts(offer.replaces(), offer.resubmittedAs());
        PersonalData kept = seen.personalData().orElse(null) instanceof PersonalDataRead.Kept k ? k.data() : null;
        PersonalDataErased erased = seen.personalData().orElse(null) instanceof PersonalDataRead.Erased e
                ? new PersonalDataErased(true, e.erasedAt())
                : null;
        var employer = terms.employer();
        return new OfferView(offer.offerNumber(), offer.status(), offer.applicationId(),
                new Employer(employer.businessNumber(), employer.legalName(), employer.operatingName(), employer.address(),
                        kept == null ? null : kept.employerContact()),
                kept == null ? null : kept.worker(), erased, terms.job(), terms.job().teer(), terms.exemptionCode(), fee,
                invalidation, attempts);
    }
}
