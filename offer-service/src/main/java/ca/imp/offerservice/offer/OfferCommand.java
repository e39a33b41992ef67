package ca.imp.offerservice.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.OfferTerms;

/** What can be asked of an offer. Everything the decider needs from the outside world, time included, is in the command. */
public sealed interface OfferCommand {

    String offerNumber();

    /**
     * @param feeDue the fee the schedule asks for this offer, or zero when its exemption code is fee-exempt
     */
    record SubmitOffer(String offerNumber, OfferTerms terms, BigDecimal feeDue, String currency) implements OfferCommand {
    }

    record PayFee(String offerNumber, BigDecimal amount, String currency, LocalDate paidOn) implements OfferCommand {
    }

    /** Sent when an officer rendered a decision on the application that used this offer. */
    record InvalidateOffer(String offerNumber, String applicationId, DecisionOutcome outcome, LocalDate decisionDate, UUID decisionEventId)
            implements OfferCommand {
    }
}
