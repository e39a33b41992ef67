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
 * @param teer   the TEER category the NOC code states
 * @param worker the worker's personal data; absent once erased
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferView(String offerNumber, Offer.Status status, OfferTerms.Employer employer, Worker worker,
                        OfferTerms.Job job, int teer, String exemptionCode, Fee fee, Invalidation invalidation) {

    /** @param status DUE, PAID or EXEMPT */
    public record Fee(String status, BigDecimal amount, String currency, LocalDate paidOn) {
    }

    public record Invalidation(String applicationId, DecisionOutcome outcome, LocalDate decisionDate, String reason) {
    }

    static OfferView of(Offer offer, Worker worker) {
        String feeStatus = offer.feeExempt() ? "EXEMPT" : offer.feePaidOn() != null ? "PAID" : "DUE";
        Invalidation invalidation = offer.invalidation() == null ? null : new Invalidation(
                offer.invalidation().applicationId(), offer.invalidation().outcome(), offer.invalidation().decisionDate(),
                "A decision was rendered on the application that used this offer; the number can never be used again.");
        OfferTerms terms = offer.terms();
        return new OfferView(offer.offerNumber(), offer.status(), terms.employer(), worker, terms.job(), terms.job().teer(),
                terms.exemptionCode(), new Fee(feeStatus, offer.feeDue(), offer.currency(), offer.feePaidOn()), invalidation);
    }
}
