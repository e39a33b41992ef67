package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.offerservice.offer.Offer;

/** An offer as the employer portal shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferView(String offerNumber, Offer.Status status, Employer employer, Job job, String exemptionCode, Fee fee,
                        Invalidation invalidation) {

    public record Employer(String businessNumber, String legalName) {
    }

    public record Job(String title, String nocCode, LocalDate startDate) {
    }

    /** @param status DUE, PAID or EXEMPT */
    public record Fee(String status, BigDecimal amount, String currency, LocalDate paidOn) {
    }

    public record Invalidation(String applicationId, DecisionOutcome outcome, LocalDate decisionDate, String reason) {
    }

    static OfferView of(Offer offer) {
        String feeStatus = offer.feeExempt() ? "EXEMPT" : offer.feePaidOn() != null ? "PAID" : "DUE";
        Invalidation invalidation = offer.invalidation() == null ? null : new Invalidation(
                offer.invalidation().applicationId(), offer.invalidation().outcome(), offer.invalidation().decisionDate(),
                "A decision was rendered on the application that used this offer; the number can never be used again.");
        return new OfferView(offer.offerNumber(), offer.status(),
                new Employer(offer.businessNumber(), offer.employerName()),
                new Job(offer.jobTitle(), offer.nocCode(), offer.startDate()), offer.exemptionCode(),
                new Fee(feeStatus, offer.feeDue(), offer.currency(), offer.feePaidOn()), invalidation);
    }
}
