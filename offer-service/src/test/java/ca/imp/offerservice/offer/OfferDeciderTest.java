package ca.imp.offerservice.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.InvalidationPolicy;
import ca.imp.contract.offer.FeePaid;
import ca.imp.contract.offer.OfferEvent;
import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.contract.offer.OfferTerms;
import ca.imp.decidertesting.DeciderSpec;
import ca.imp.offerservice.offer.OfferCommand.InvalidateOffer;
import ca.imp.offerservice.offer.OfferCommand.PayFee;
import ca.imp.offerservice.offer.OfferCommand.SubmitOffer;

class OfferDeciderTest {
    private static final String NUMBER = "A1234567";
    private static final BigDecimal FEE = new BigDecimal("230.00");
    private static final LocalDate START = LocalDate.parse("2026-09-01");
    private static final LocalDate TODAY = LocalDate.parse("2026-06-01");
    private static final UUID DECISION_EVENT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private final DeciderSpec<OfferCommand, Offer, OfferEvent> offer = DeciderSpec.of(new OfferDecider(
            new InvalidationPolicy(Set.of(DecisionOutcome.APPROVED, DecisionOutcome.REFUSED, DecisionOutcome.WITHDRAWN))));

    private static OfferTerms terms(String exemptionCode, LocalDate start, LocalDate end) {
        return new OfferTerms(
                new OfferTerms.Employer("123456789", "Maple Robotics Inc.", null,
                        new OfferTerms.Address("100 Queen St", "Ottawa", OfferTerms.Province.ON, "K1P 1J9"),
                        new OfferTerms.Contact("Dana Tremblay", "hr@maple-robotics.example", null)),
                new OfferTerms.Job("Robotics engineer", "21301", "Design and test industrial robots.", new BigDecimal("40"),
                        new OfferTerms.Wage(new BigDecimal("48.50"), OfferTerms.WageUnit.HOUR), null,
                        new OfferTerms.WorkLocation("Ottawa", OfferTerms.Province.ON), start, end),
                exemptionCode);
    }

    private static final OfferTerms TERMS = terms("C12", START, START.plusYears(2));
    private static final OfferSubmitted SUBMITTED = new OfferSubmitted(NUMBER, TERMS, FEE, "CAD", null);
    private static final OfferSubmitted SUBMITTED_FEE_EXEMPT =
            new OfferSubmitted(NUMBER, terms("C20", START, START.plusYears(1)), BigDecimal.ZERO, "CAD", null);
    private static final FeePaid FEE_PAID = new FeePaid(NUMBER, FEE, "CAD", TODAY);

    private static InvalidateOffer decision(DecisionOutcome outcome) {
        return new InvalidateOffer(NUMBER, NUMBER + "-1", outcome, LocalDate.parse("2026-06-16"), DECISION_EVENT);
    }

    private static OfferInvalidated invalidatedBy(DecisionOutcome outcome) {
        return new OfferInvalidated(NUMBER, NUMBER + "-1", outcome, LocalDate.parse("2026-06-16"), DECISION_EVENT);
    }

    @Test
    void a_new_offer_number_is_submitted_awaiting_its_fee() {
        var when = offer.given().when(new SubmitOffer(NUMBER, TERMS, FEE, "CAD"));

        when.then(SUBMITTED);
        assertEquals(Offer.Status.AWAITING_FEE, when.stateAfter().status());
    }

    @Test
    void an_offer_number_is_never_issued_twice() {
        offer.given(SUBMITTED)
                .when(new SubmitOffer(NUMBER, terms("C10", START, START.plusMonths(6)), FEE, "CAD"))
                .thenRejectedWith(new OfferError.OfferNumberTaken(NUMBER));
    }

    @Test
    void an_employment_cannot_end_before_it_starts() {
        offer.given()
                .when(new SubmitOffer(NUMBER, terms("C12", START, START.minusDays(1)), FEE, "CAD"))
                .thenRejectedWith(OfferError.InvalidTerms.class, error -> {
                    assertEquals("job.endDate", error.field());
                    assertEquals("end-not-before-start", error.rule());
                });
    }

    @Test
    void an_employment_may_end_the_day_it_starts() {
        offer.given().when(new SubmitOffer(NUMBER, terms("C12", START, START), FEE, "CAD"))
                .then(new OfferSubmitted(NUMBER, terms("C12", START, START), FEE, "CAD", null));
    }

    @Test
    void a_fee_exempt_offer_is_ready_without_payment() {
        assertEquals(Offer.Status.READY, offer.given(SUBMITTED_FEE_EXEMPT).state().status());
    }

    @Test
    void the_exact_fee_makes_the_offer_ready() {
        var when = offer.given(SUBMITTED).when(new PayFee(NUMBER, new BigDecimal("230"), "CAD", TODAY));

        when.then(new FeePaid(NUMBER, new BigDecimal("230"), "CAD", TODAY));
        assertEquals(Offer.Status.READY, when.stateAfter().status());
    }

    @Test
    void a_wrong_fee_amount_is_refused() {
        offer.given(SUBMITTED)
                .when(new PayFee(NUMBER, new BigDecimal("200.00"), "CAD", TODAY))
                .thenRejectedWith(new OfferError.WrongFeeAmount(FEE, "CAD", new BigDecimal("200.00"), "CAD"));
    }

    @Test
    void a_fee_in_another_currency_is_refused() {
        offer.given(SUBMITTED)
                .when(new PayFee(NUMBER, FEE, "USD", TODAY))
                .thenRejectedWith(OfferError.WrongFeeAmount.class, error -> assertEquals("USD", error.offeredCurrency()));
    }

    @Test
    void the_fee_is_paid_once_per_offer() {
        offer.given(SUBMITTED, FEE_PAID)
                .when(new PayFee(NUMBER, FEE, "CAD", TODAY))
                .thenRejectedWith(new OfferError.FeeAlreadyPaid(NUMBER));
    }

    @Test
    void no_fee_is_taken_for_a_fee_exempt_offer() {
        offer.given(SUBMITTED_FEE_EXEMPT)
                .when(new PayFee(NUMBER, FEE, "CAD", TODAY))
                .thenRejectedWith(new OfferError.FeeNotDue(NUMBER, "C20"));
    }

    @Test
    void a_fee_cannot_be_paid_for_an_offer_that_does_not_exist() {
        offer.given()
                .when(new PayFee(NUMBER, FEE, "CAD", TODAY))
                .thenRejectedWith(new OfferError.OfferNotFound(NUMBER));
    }

    @Test
    void a_refusal_invalidates_the_offer() {
        var when = offer.given(SUBMITTED, FEE_PAID).when(decision(DecisionOutcome.REFUSED));

        when.then(invalidatedBy(DecisionOutcome.REFUSED));
        assertEquals(Offer.Status.INVALIDATED, when.stateAfter().status());
    }

    @Test
    void an_approval_invalidates_the_offer() {
        offer.given(SUBMITTED, FEE_PAID).when(decision(DecisionOutcome.APPROVED)).then(invalidatedBy(DecisionOutcome.APPROVED));
    }

    @Test
    void a_withdrawn_application_invalidates_the_offer() {
        offer.given(SUBMITTED, FEE_PAID).when(decision(DecisionOutcome.WITHDRAWN)).then(invalidatedBy(DecisionOutcome.WITHDRAWN));
    }

    @Test
    void a_returned_application_leaves_the_offer_usable() {
        var when = offer.given(SUBMITTED, FEE_PAID).when(decision(DecisionOutcome.RETURNED));

        when.thenNothingHappens();
        assertEquals(Offer.Status.READY, when.stateAfter().status());
    }

    @Test
    void which_outcomes_invalidate_is_policy() {
        DeciderSpec.of(new OfferDecider(new InvalidationPolicy(Set.of(DecisionOutcome.values()))))
                .given(SUBMITTED, FEE_PAID).when(decision(DecisionOutcome.RETURNED))
                .then(invalidatedBy(DecisionOutcome.RETURNED));
    }

    @Test
    void an_offer_is_invalidated_only_once() {
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.REFUSED))
                .when(new InvalidateOffer(NUMBER, NUMBER + "-2", DecisionOutcome.APPROVED, LocalDate.parse("2026-06-20"),
                        UUID.randomUUID()))
                .thenNothingHappens();
    }

    @Test
    void refused_offer_number_is_never_reused() {
        offer.given(SUBMITTED, invalidatedBy(DecisionOutcome.REFUSED))
                .when(new SubmitOffer(NUMBER, TERMS, FEE, "CAD"))
                .thenRejectedWith(new OfferError.OfferNumberTaken(NUMBER));
    }

    @Test
    void an_invalidated_offer_takes_no_fee_and_says_which_decision_ended_it() {
        offer.given(SUBMITTED, invalidatedBy(DecisionOutcome.REFUSED))
                .when(new PayFee(NUMBER, FEE, "CAD", TODAY))
                .thenRejectedWith(OfferError.OfferNoLongerValid.class, error -> {
                    assertEquals("offer-invalidated", error.rule());
                    assertEquals(DecisionOutcome.REFUSED, error.invalidation().outcome());
                    assertEquals("/offers", error.facts().get("resubmit"));
                });
    }
}
