package ca.imp.decisionservice.offers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.OfferStatus;

/** What offer-service's events make of an offer here, in the one offer status vocabulary of every service. */
class OfferStandingTest {
    private static final String OFFER = "A7654321";
    private static final LocalDate SUBMITTED_ON = LocalDate.parse("2026-04-01");
    private static final LocalDate DECIDED_ON = LocalDate.parse("2026-06-16");

    private static OfferStanding endedBy(DecisionOutcome outcome) {
        return new OfferStanding(OFFER, "123456789", true, SUBMITTED_ON, true, false,
                new OfferStanding.Invalidation(OFFER + "-1", outcome, DECIDED_ON));
    }

    @Test
    void an_approved_offer_reads_approved_not_invalidated() {
        assertEquals(OfferStatus.APPROVED, endedBy(DecisionOutcome.APPROVED).status());
    }

    @Test
    void a_refused_offer_reads_refused() {
        assertEquals(OfferStatus.REFUSED, endedBy(DecisionOutcome.REFUSED).status());
    }

    @Test
    void an_offer_withdrawn_by_its_employer_and_one_ended_by_a_withdrawn_application_both_read_withdrawn() {
        var byTheEmployer = new OfferStanding(OFFER, "123456789", true, SUBMITTED_ON, true, true, null);

        assertEquals(OfferStatus.WITHDRAWN, byTheEmployer.status());
        assertEquals(OfferStatus.WITHDRAWN, endedBy(DecisionOutcome.WITHDRAWN).status());
    }

    @Test
    void an_offer_whose_submission_has_not_arrived_reads_unknown_not_none() {
        assertEquals(OfferStatus.UNKNOWN, OfferStanding.unknown(OFFER).status());
    }

    @Test
    void an_offer_awaits_its_fee_until_it_is_settled() {
        assertEquals(OfferStatus.AWAITING_FEE, new OfferStanding(OFFER, "123456789", true, SUBMITTED_ON, false, false, null).status());
        assertEquals(OfferStatus.READY, new OfferStanding(OFFER, "123456789", true, SUBMITTED_ON, true, false, null).status());
    }
}
