package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.OfferTerms;
import ca.imp.offerservice.offer.Offer;
import ca.imp.offerservice.worker.Worker;

/**
 * An offer as the employer portal shows it to the employer who made it.
 *
 * @param applicationId the work permit application using the offer now, if any
 * @param teer   the TEER category the NOC code states
 * @param worker the worker's personal data; absent once erased
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferView(String offerNumber, Offer.Status status, String applicationId, OfferTerms.Employer employer,
                        Worker worker, OfferTerms.Job job, int teer, String exemptionCode, Fee fee, Invalidation invalidation,
                        Attempts attempts) {

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
    public record Invalidation(String cause, String applicationId, DecisionOutcome outcome, LocalDate decisionDate,
                               LocalDate withdrawnOn, String reason) {
    }

    static OfferView of(Offer offer, Worker worker) {
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
        return new OfferView(offer.offerNumber(), offer.status(), offer.applicationId(), terms.employer(), worker, terms.job(),
                terms.job().teer(), terms.exemptionCode(), fee, invalidation, attempts);
    }
}
