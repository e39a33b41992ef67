package ca.imp.offerservice.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.ApplicationLinked;
import ca.imp.contract.offer.ApplicationReturned;
import ca.imp.contract.offer.EmploymentStarted;
import ca.imp.contract.offer.FeeExemptionApplied;
import ca.imp.contract.offer.FeeExemptionClaimed;
import ca.imp.contract.offer.FeePaid;
import ca.imp.contract.offer.FeeRefundOwed;
import ca.imp.contract.offer.FeeRefunded;
import ca.imp.contract.offer.OfferEvent;
import ca.imp.contract.offer.OfferExtended;
import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferResubmitted;
import ca.imp.contract.offer.OfferStatus;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.contract.offer.OfferTerms;
import ca.imp.contract.offer.OfferWithdrawn;
import ca.imp.decidertesting.DeciderSpec;
import ca.imp.decidertesting.EveryCase;
import ca.imp.offerservice.offer.OfferCommand.Exemption;
import ca.imp.offerservice.offer.OfferCommand.InvalidateOffer;
import ca.imp.offerservice.offer.OfferCommand.LinkApplication;
import ca.imp.offerservice.offer.OfferCommand.PayFee;
import ca.imp.offerservice.offer.OfferCommand.PriorExtension;
import ca.imp.offerservice.offer.OfferCommand.RecordEmploymentStart;
import ca.imp.offerservice.offer.OfferCommand.RecordExtension;
import ca.imp.offerservice.offer.OfferCommand.RecordRefund;
import ca.imp.offerservice.offer.OfferCommand.RecordResubmission;
import ca.imp.offerservice.offer.OfferCommand.SubmitOffer;
import ca.imp.offerservice.offer.OfferCommand.WithdrawOffer;
import ca.imp.offerservice.reference.FeeExemptionPrograms;

class OfferDeciderTest {
    private static final String NUMBER = "A1234567";
    private static final BigDecimal FEE = new BigDecimal("230.00");
    private static final LocalDate START = LocalDate.parse("2026-09-01");
    private static final LocalDate TODAY = LocalDate.parse("2026-06-01");
    private static final ExemptionCodeStanding IN_FORCE = new ExemptionCodeStanding.InForce();
    private static final UUID DECISION_EVENT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static final LocalDate FOLLOW_UP = LocalDate.parse("2026-08-11");
    private final OfferDecider decider = new OfferDecider(Set.of(DecisionOutcome.REFUSED));
    private final DeciderSpec<OfferCommand, OfferState, OfferEvent> offer = DeciderSpec.of(decider);

    private static OfferTerms terms(String exemptionCode, LocalDate start, LocalDate end) {
        return new OfferTerms(
                new OfferTerms.Employer("123456789", "Maple Robotics Inc.", null,
                        new OfferTerms.Address("100 Queen St", "Ottawa", OfferTerms.Province.ON, "K1P 1J9")),
                new OfferTerms.Job("Robotics engineer", "21301", "Design and test industrial robots.", new BigDecimal("40"),
                        new OfferTerms.Wage(new BigDecimal("48.50"), OfferTerms.WageUnit.HOUR), null,
                        new OfferTerms.WorkLocation("Ottawa", OfferTerms.Province.ON), start, end),
                exemptionCode);
    }

    private static final OfferTerms TERMS = terms("C10", START, START.plusYears(2));
    private static final OfferSubmitted SUBMITTED = new OfferSubmitted(NUMBER, TERMS, FEE, "CAD", null, null, null);
    private static final OfferSubmitted SUBMITTED_FEE_EXEMPT =
            new OfferSubmitted(NUMBER, terms("C20", START, START.plusYears(1)), BigDecimal.ZERO, "CAD", null, null, null);
    private static final FeeExemptionClaim IDRC = new FeeExemptionClaim("IDRC", "IDRC letter 2026-041", false);
    private static final FeeExemptionClaimed FEE_EXEMPTION = new FeeExemptionClaimed(NUMBER, "IDRC", "IDRC letter 2026-041", false);
    private static final FeePaid FEE_PAID = new FeePaid(NUMBER, FEE, "CAD", TODAY);

    /** A decision as decision-service publishes it by default: every outcome but RETURNED ends the number. */
    private static InvalidateOffer decision(DecisionOutcome outcome) {
        return decision(outcome, outcome != DecisionOutcome.RETURNED);
    }

    private static InvalidateOffer decision(DecisionOutcome outcome, boolean invalidatesOffer) {
        return new InvalidateOffer(NUMBER, NUMBER + "-1", outcome, invalidatesOffer, LocalDate.parse("2026-06-16"),
                DECISION_EVENT, FOLLOW_UP, null);
    }

    private static Offer offerAfter(DeciderSpec<OfferCommand, OfferState, OfferEvent>.When when) {
        return assertInstanceOf(Offer.class, when.stateAfter());
    }

    private static OfferInvalidated invalidatedBy(DecisionOutcome outcome) {
        return new OfferInvalidated(NUMBER, NUMBER + "-1", outcome, LocalDate.parse("2026-06-16"), DECISION_EVENT);
    }

    @Test
    void every_command_has_a_rule_and_every_event_a_transition() {
        EveryCase.assertHandled(OfferCommand.class, decider.decisions()::handles);
        EveryCase.assertHandled(OfferEvent.class, decider.transitions()::handles);
    }

    @Test
    void a_new_offer_number_is_submitted_awaiting_its_fee() {
        var when = offer.given().when(new SubmitOffer(NUMBER, TERMS, FEE, "CAD", Optional.empty(), null, TODAY, IN_FORCE, null, null));

        when.then(SUBMITTED);
        assertEquals(OfferStatus.AWAITING_FEE, when.stateAfter().status());
    }

    @Test
    void an_offer_number_is_never_issued_twice() {
        offer.given(SUBMITTED)
                .when(new SubmitOffer(NUMBER, terms("C10", START, START.plusMonths(6)), FEE, "CAD", Optional.empty(), null, TODAY, IN_FORCE, null, null))
                .thenRejectedWith(new OfferError.OfferNumberTaken(NUMBER));
    }

    @Test
    void an_employment_cannot_end_before_it_starts() {
        offer.given()
                .when(new SubmitOffer(NUMBER, terms("C10", START, START.minusDays(1)), FEE, "CAD", Optional.empty(), null, TODAY, IN_FORCE, null, null))
                .thenRejectedWith(OfferError.InvalidTerms.class, error -> {
                    assertEquals("job.endsOn", error.field());
                    assertEquals("end-not-before-start", error.rule());
                });
    }

    @Test
    void an_employment_may_end_the_day_it_starts() {
        offer.given().when(new SubmitOffer(NUMBER, terms("C10", START, START), FEE, "CAD", Optional.empty(), null, TODAY, IN_FORCE, null, null))
                .then(new OfferSubmitted(NUMBER, terms("C10", START, START), FEE, "CAD", null, null, null));
    }

    @Test
    void a_code_retired_on_2022_12_15_is_refused_for_an_offer_submitted_today_naming_its_replacements() {
        var retired = new ExemptionCodeStanding.NotInForce(LocalDate.parse("2015-02-21"), LocalDate.parse("2022-12-14"),
                List.of("C61", "C62", "C63"));
        offer.given()
                .when(new SubmitOffer(NUMBER, terms("C12", START, START.plusYears(2)), FEE, "CAD", Optional.empty(), null, TODAY, retired, null, null))
                .thenRejectedWith(OfferError.ExemptionCodeNotInForce.class, error -> {
                    assertEquals("exemptionCode", error.field());
                    assertEquals(List.of("C61", "C62", "C63"), error.facts().get("replacedBy"));
                    assertEquals("2022-12-14", error.facts().get("effectiveTo"));
                    assertTrue(error.detail().contains("C61, C62, C63"), error.detail());
                });
    }

    @Test
    void a_code_not_yet_in_force_is_refused_saying_when_it_starts() {
        var coming = new ExemptionCodeStanding.NotInForce(TODAY.plusDays(1), null, List.of());
        offer.given()
                .when(new SubmitOffer(NUMBER, TERMS, FEE, "CAD", Optional.empty(), null, TODAY, coming, null, null))
                .thenRejectedWith(OfferError.ExemptionCodeNotInForce.class,
                        error -> assertTrue(error.detail().contains("comes into force on " + TODAY.plusDays(1)), error.detail()));
    }

    @Test
    void a_code_ircc_never_published_is_refused() {
        offer.given()
                .when(new SubmitOffer(NUMBER, terms("Z99", START, START.plusYears(2)), FEE, "CAD", Optional.empty(), null, TODAY,
                        new ExemptionCodeStanding.Unknown(), null, null))
                .thenRejectedWith(new OfferError.UnknownExemptionCode("Z99"));
    }

    @Test
    void a_code_never_grants_a_fee_exemption() {
        var when = offer.given().when(new SubmitOffer(NUMBER, terms("C20", START, START.plusYears(1)), FEE, "CAD",
                Optional.empty(), null, TODAY, IN_FORCE, null, null));

        when.then(new OfferSubmitted(NUMBER, terms("C20", START, START.plusYears(1)), FEE, "CAD", null, null, null));
        assertEquals(OfferStatus.AWAITING_FEE, when.stateAfter().status());
    }

    @Test
    void a_claimed_program_exempts_the_offer_from_the_fee() {
        offer.given().when(new SubmitOffer(NUMBER, terms("C20", START, START.plusYears(1)), FEE, "CAD",
                        Optional.of(new Exemption(IDRC, Optional.empty())), null, TODAY, IN_FORCE, null, null))
                .then(SUBMITTED_FEE_EXEMPT, FEE_EXEMPTION);
    }

    @Test
    void charitable_work_is_exempt_only_when_unremunerated() {
        var paid = new FeeExemptionClaim("UNREMUNERATED_CHARITABLE_OR_RELIGIOUS", "Charity registration 123456789RR0001", false);
        var unpaid = new FeeExemptionClaim(paid.program(), paid.proofReference(), true);
        var unremunerated = Optional.of(FeeExemptionPrograms.Condition.UNREMUNERATED);

        offer.given().when(new SubmitOffer(NUMBER, TERMS, FEE, "CAD", Optional.of(new Exemption(paid, unremunerated)), null,
                        TODAY, IN_FORCE, null, null))
                .thenRejectedWith(OfferError.ExemptionConditionUnattested.class,
                        error -> assertEquals("feeExemption.unremunerated", error.field()));
        offer.given().when(new SubmitOffer(NUMBER, TERMS, FEE, "CAD", Optional.of(new Exemption(unpaid, unremunerated)), null,
                        TODAY, IN_FORCE, null, null))
                .then(new OfferSubmitted(NUMBER, TERMS, BigDecimal.ZERO, "CAD", null, null, null),
                        new FeeExemptionClaimed(NUMBER, unpaid.program(), unpaid.proofReference(), true));
    }

    @Test
    void a_fee_exempt_offer_is_ready_without_payment() {
        assertEquals(OfferStatus.READY, offer.given(SUBMITTED_FEE_EXEMPT, FEE_EXEMPTION).state().status());
        assertEquals(Offer.FeeStatus.EXEMPT, ((Offer) offer.given(SUBMITTED_FEE_EXEMPT, FEE_EXEMPTION).state()).feeStatus());
    }

    @Test
    void an_offer_exempted_by_its_code_before_claims_by_program_stays_exempt() {
        var exemptedByCode = new FeeExemptionApplied(NUMBER, "C20");

        assertEquals(OfferStatus.READY, offer.given(SUBMITTED_FEE_EXEMPT, exemptedByCode).state().status());
        offer.given(SUBMITTED_FEE_EXEMPT, exemptedByCode)
                .when(new PayFee(NUMBER, FEE, "CAD", TODAY))
                .thenRejectedWith(new OfferError.FeeNotDue(NUMBER, Optional.empty(), "C20"));
    }

    @Test
    void the_exemption_comes_from_its_event_not_from_a_zero_fee() {
        assertEquals(OfferStatus.AWAITING_FEE, offer.given(SUBMITTED_FEE_EXEMPT).state().status());
    }

    @Test
    void the_exact_fee_makes_the_offer_ready() {
        var when = offer.given(SUBMITTED).when(new PayFee(NUMBER, new BigDecimal("230"), "CAD", TODAY));

        when.then(new FeePaid(NUMBER, new BigDecimal("230"), "CAD", TODAY));
        assertEquals(OfferStatus.READY, when.stateAfter().status());
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
                .when(new PayFee(NUMBER, FEE, "CAD", TODAY.minusDays(1)))
                .thenRejectedWith(new OfferError.FeeAlreadyPaid(NUMBER, FEE, "CAD", TODAY));
    }

    @Test
    void paying_the_same_fee_again_changes_nothing() {
        offer.given(SUBMITTED, FEE_PAID)
                .when(new PayFee(NUMBER, new BigDecimal("230"), "CAD", TODAY))
                .thenNothingHappens();
    }

    @Test
    void paying_the_same_fee_again_after_the_offer_ended_changes_nothing() {
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.REFUSED),
                        new FeeRefundOwed(NUMBER, FEE, "CAD", "refused", FOLLOW_UP))
                .when(new PayFee(NUMBER, FEE, "CAD", TODAY))
                .thenNothingHappens();
    }

    @Test
    void paying_another_amount_after_payment_is_refused_with_the_payment_recorded() {
        offer.given(SUBMITTED, FEE_PAID)
                .when(new PayFee(NUMBER, new BigDecimal("200.00"), "CAD", TODAY))
                .thenRejectedWith(OfferError.FeeAlreadyPaid.class, error -> {
                    assertEquals("2026-06-01", error.facts().get("paidOn"));
                    assertEquals(Map.of("amount", FEE, "currency", "CAD"), error.facts().get("paid"));
                });
    }

    @Test
    void no_fee_is_taken_for_a_fee_exempt_offer() {
        offer.given(SUBMITTED_FEE_EXEMPT, FEE_EXEMPTION)
                .when(new PayFee(NUMBER, FEE, "CAD", TODAY))
                .thenRejectedWith(new OfferError.FeeNotDue(NUMBER, Optional.of("IDRC"), "C20"));
    }

    @Test
    void a_fee_cannot_be_paid_for_an_offer_that_does_not_exist() {
        offer.given()
                .when(new PayFee(NUMBER, FEE, "CAD", TODAY))
                .thenRejectedWith(new OfferError.OfferNotFound(NUMBER));
    }

    @Test
    void a_refused_offer_reads_refused_and_its_paid_fee_is_refundable() {
        var when = offer.given(SUBMITTED, FEE_PAID).when(decision(DecisionOutcome.REFUSED));

        when.then(invalidatedBy(DecisionOutcome.REFUSED), new FeeRefundOwed(NUMBER, FEE, "CAD",
                "The work permit was refused on 2026-06-16; the compliance fee is repaid (IRPR 303.1(6)).", FOLLOW_UP));
        assertEquals(OfferStatus.REFUSED, when.stateAfter().status());
        assertEquals(Offer.FeeStatus.REFUND_OWED, offerAfter(when).feeStatus());
    }

    @Test
    void a_refusal_of_an_offer_whose_fee_was_never_paid_owes_nothing() {
        offer.given(SUBMITTED).when(decision(DecisionOutcome.REFUSED)).then(invalidatedBy(DecisionOutcome.REFUSED));
    }

    @Test
    void an_approval_spends_the_fee() {
        var when = offer.given(SUBMITTED, FEE_PAID).when(decision(DecisionOutcome.APPROVED));

        assertEquals(Offer.FeeStatus.SPENT, offerAfter(when).feeStatus());
    }

    @Test
    void an_application_withdrawn_by_the_applicant_does_not_make_the_fee_refundable() {
        var when = offer.given(SUBMITTED, FEE_PAID).when(decision(DecisionOutcome.WITHDRAWN));

        when.then(invalidatedBy(DecisionOutcome.WITHDRAWN));
        assertEquals(OfferStatus.WITHDRAWN, when.stateAfter().status());
        assertEquals(Offer.FeeStatus.PAID, offerAfter(when).feeStatus());
    }

    @Test
    void an_application_puts_the_offer_in_use() {
        var when = offer.given(SUBMITTED, FEE_PAID).when(new LinkApplication(NUMBER, NUMBER + "-1", TODAY));

        when.then(new ApplicationLinked(NUMBER, NUMBER + "-1", TODAY));
        assertEquals(OfferStatus.IN_USE, when.stateAfter().status());
    }

    @Test
    void an_application_delivered_twice_is_linked_once() {
        offer.given(SUBMITTED, FEE_PAID, new ApplicationLinked(NUMBER, NUMBER + "-1", TODAY))
                .when(new LinkApplication(NUMBER, NUMBER + "-1", TODAY))
                .thenNothingHappens();
    }

    @Test
    void a_returned_application_gives_the_offer_back() {
        var when = offer.given(SUBMITTED, FEE_PAID, new ApplicationLinked(NUMBER, NUMBER + "-1", TODAY))
                .when(decision(DecisionOutcome.RETURNED));

        when.then(new ApplicationReturned(NUMBER, NUMBER + "-1", LocalDate.parse("2026-06-16")));
        assertEquals(OfferStatus.READY, when.stateAfter().status());
    }

    @Test
    void a_fee_paid_while_the_offer_is_in_use_keeps_it_in_use() {
        var when = offer.given(SUBMITTED, new ApplicationLinked(NUMBER, NUMBER + "-1", TODAY))
                .when(new PayFee(NUMBER, FEE, "CAD", TODAY));

        assertEquals(OfferStatus.IN_USE, when.stateAfter().status());
    }

    @Test
    void the_employer_can_withdraw_an_offer_with_no_decision_and_is_owed_the_paid_fee() {
        var when = offer.given(SUBMITTED, FEE_PAID, new ApplicationLinked(NUMBER, NUMBER + "-1", TODAY))
                .when(new WithdrawOffer(NUMBER, TODAY, "position filled", TODAY.plusYears(1)));

        when.then(new OfferWithdrawn(NUMBER, TODAY, "position filled"), new FeeRefundOwed(NUMBER, FEE, "CAD",
                "The employer withdrew the offer on 2026-06-01 before a permit was issued; the compliance fee is repaid"
                        + " (IRPR 303.1(6)).", TODAY.plusYears(1)));
        assertEquals(OfferStatus.WITHDRAWN, when.stateAfter().status());
    }

    @Test
    void withdrawing_an_unpaid_offer_owes_nothing() {
        offer.given(SUBMITTED).when(new WithdrawOffer(NUMBER, TODAY, null, TODAY.plusYears(1)))
                .then(new OfferWithdrawn(NUMBER, TODAY, null));
    }

    @Test
    void withdrawing_the_same_offer_again_changes_nothing() {
        offer.given(SUBMITTED, FEE_PAID, new OfferWithdrawn(NUMBER, TODAY, "position filled"),
                        new FeeRefundOwed(NUMBER, FEE, "CAD", "withdrawn", TODAY.plusYears(1)))
                .when(new WithdrawOffer(NUMBER, TODAY, "position filled", TODAY.plusYears(1)))
                .thenNothingHappens();
    }

    @Test
    void withdrawing_again_on_another_day_or_for_another_reason_is_refused_with_the_withdrawal_recorded() {
        var withdrawn = offer.given(SUBMITTED, new OfferWithdrawn(NUMBER, TODAY, null));

        withdrawn.when(new WithdrawOffer(NUMBER, TODAY.plusDays(1), null, TODAY.plusYears(1)))
                .thenRejectedWith(OfferError.OfferNoLongerValid.class,
                        error -> assertEquals("2026-06-01", error.facts().get("withdrawnOn")));
        withdrawn.when(new WithdrawOffer(NUMBER, TODAY, "position filled", TODAY.plusYears(1)))
                .thenRejectedWith(OfferError.OfferNoLongerValid.class, error -> assertEquals("offer-invalidated", error.rule()));
    }

    @Test
    void after_the_applicants_own_withdrawal_the_employer_can_still_withdraw_the_offer_and_is_owed_the_paid_fee() {
        LocalDate withdrawnOn = LocalDate.parse("2026-06-20");
        var when = offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.WITHDRAWN))
                .when(new WithdrawOffer(NUMBER, withdrawnOn, "applicant withdrew", FOLLOW_UP));

        when.then(new OfferWithdrawn(NUMBER, withdrawnOn, "applicant withdrew"), new FeeRefundOwed(NUMBER, FEE, "CAD",
                "The employer withdrew the offer on 2026-06-20 before a permit was issued; the compliance fee is repaid"
                        + " (IRPR 303.1(6)).", FOLLOW_UP));
        assertEquals(OfferStatus.WITHDRAWN, when.stateAfter().status());
        assertEquals(Offer.FeeStatus.REFUND_OWED, offerAfter(when).feeStatus());
        assertEquals(Optional.of(invalidatedBy(DecisionOutcome.WITHDRAWN)), offerAfter(when).use().invalidation(),
                "the applicant's withdrawal is still what ended the number");
    }

    @Test
    void after_the_applicants_own_withdrawal_the_employers_withdrawal_is_taken_once() {
        LocalDate withdrawnOn = LocalDate.parse("2026-06-20");
        var withdrawn = offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.WITHDRAWN),
                new OfferWithdrawn(NUMBER, withdrawnOn, null), new FeeRefundOwed(NUMBER, FEE, "CAD", "withdrawn", FOLLOW_UP));

        withdrawn.when(new WithdrawOffer(NUMBER, withdrawnOn, null, FOLLOW_UP)).thenNothingHappens();
        withdrawn.when(new WithdrawOffer(NUMBER, withdrawnOn.plusDays(1), null, FOLLOW_UP))
                .thenRejectedWith(OfferError.OfferNoLongerValid.class, error -> assertEquals("offer-invalidated", error.rule()));
    }

    @Test
    void a_refused_offer_cannot_be_withdrawn_its_refund_is_already_owed() {
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.REFUSED))
                .when(new WithdrawOffer(NUMBER, TODAY, null, TODAY.plusYears(1)))
                .thenRejectedWith(OfferError.OfferNoLongerValid.class, error -> assertEquals("offer-invalidated", error.rule()));
    }

    @Test
    void an_offer_ended_by_a_decision_cannot_be_withdrawn() {
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.APPROVED))
                .when(new WithdrawOffer(NUMBER, TODAY, null, TODAY.plusYears(1)))
                .thenRejectedWith(OfferError.OfferNoLongerValid.class, error -> assertEquals("offer-invalidated", error.rule()));
    }

    @Test
    void a_withdrawn_offer_takes_no_fee_and_says_it_was_withdrawn() {
        offer.given(SUBMITTED, new OfferWithdrawn(NUMBER, TODAY, null))
                .when(new PayFee(NUMBER, FEE, "CAD", TODAY))
                .thenRejectedWith(OfferError.OfferNoLongerValid.class,
                        error -> assertEquals("2026-06-01", error.facts().get("withdrawnOn")));
    }

    @Test
    void a_decision_after_a_withdrawal_changes_nothing() {
        offer.given(SUBMITTED, new OfferWithdrawn(NUMBER, TODAY, null)).when(decision(DecisionOutcome.REFUSED)).thenNothingHappens();
    }

    @Test
    void the_refund_owed_is_recorded_once_at_its_exact_amount() {
        var owed = new FeeRefundOwed(NUMBER, FEE, "CAD", "refused", FOLLOW_UP);
        var when = offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.REFUSED), owed)
                .when(new RecordRefund(NUMBER, FEE, "CAD", FOLLOW_UP));

        when.then(new FeeRefunded(NUMBER, FEE, "CAD", FOLLOW_UP));
        assertEquals(Offer.FeeStatus.REFUNDED, offerAfter(when).feeStatus());
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.REFUSED), owed, new FeeRefunded(NUMBER, FEE, "CAD", FOLLOW_UP))
                .when(new RecordRefund(NUMBER, FEE, "CAD", FOLLOW_UP.minusDays(1)))
                .thenRejectedWith(new OfferError.RefundAlreadyRecorded(NUMBER, FOLLOW_UP));
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.REFUSED), owed)
                .when(new RecordRefund(NUMBER, new BigDecimal("23.00"), "CAD", FOLLOW_UP))
                .thenRejectedWith(OfferError.WrongFeeAmount.class, error -> assertEquals("amount", error.field()));
    }

    @Test
    void recording_the_same_refund_again_changes_nothing() {
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.REFUSED),
                        new FeeRefundOwed(NUMBER, FEE, "CAD", "refused", FOLLOW_UP), new FeeRefunded(NUMBER, FEE, "CAD", FOLLOW_UP))
                .when(new RecordRefund(NUMBER, new BigDecimal("230"), "CAD", FOLLOW_UP))
                .thenNothingHappens();
    }

    @Test
    void a_resubmission_records_the_offer_it_replaces() {
        offer.given().when(new SubmitOffer("A7654321", TERMS, FEE, "CAD", Optional.empty(), NUMBER, TODAY, IN_FORCE, null, null))
                .then(new OfferSubmitted("A7654321", TERMS, FEE, "CAD", NUMBER, null, null));
    }

    @Test
    void an_ended_offer_links_to_the_offer_that_resubmits_it() {
        var when = offer.given(SUBMITTED, invalidatedBy(DecisionOutcome.REFUSED)).when(new RecordResubmission(NUMBER, "A7654321"));

        when.then(new OfferResubmitted(NUMBER, "A7654321"));
        assertEquals(Optional.of("A7654321"), offerAfter(when).use().resubmittedAs());
    }

    @Test
    void only_an_ended_offer_is_resubmitted() {
        offer.given(SUBMITTED, FEE_PAID).when(new RecordResubmission(NUMBER, "A7654321"))
                .thenRejectedWith(new OfferError.StillValid(NUMBER, OfferStatus.READY));
    }

    @Test
    void an_offer_is_resubmitted_once() {
        offer.given(SUBMITTED, new OfferWithdrawn(NUMBER, TODAY, null), new OfferResubmitted(NUMBER, "A7654321"))
                .when(new RecordResubmission(NUMBER, "A1111111"))
                .thenRejectedWith(new OfferError.AlreadyResubmitted(NUMBER, "A7654321"));
    }

    @Test
    void an_extension_records_the_approved_offer_it_extends() {
        offer.given().when(new SubmitOffer("A7654321", TERMS, FEE, "CAD", Optional.empty(), null, TODAY, IN_FORCE, null, NUMBER))
                .then(new OfferSubmitted("A7654321", TERMS, FEE, "CAD", null, null, NUMBER));
    }

    @Test
    void an_extension_has_its_own_fee() {
        var fee = new BigDecimal("255.00");

        offer.given().when(new SubmitOffer("A7654321", TERMS, fee, "CAD", Optional.empty(), null, TODAY, IN_FORCE, null, NUMBER))
                .then(new OfferSubmitted("A7654321", TERMS, fee, "CAD", null, null, NUMBER));
    }

    @Test
    void an_approved_offer_links_to_the_offer_that_extends_it() {
        var when = offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.APPROVED))
                .when(new RecordExtension(NUMBER, "A7654321", Optional.empty()));

        when.then(new OfferExtended(NUMBER, "A7654321"));
        assertEquals(List.of("A7654321"), offerAfter(when).use().extensions());
        assertEquals(OfferStatus.APPROVED, when.stateAfter().status());
    }

    @Test
    void an_extension_needs_an_approved_offer() {
        offer.given(SUBMITTED, FEE_PAID).when(new RecordExtension(NUMBER, "A7654321", Optional.empty()))
                .thenRejectedWith(new OfferError.ExtensionOfUnapprovedOffer(NUMBER, OfferStatus.READY));
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.REFUSED))
                .when(new RecordExtension(NUMBER, "A7654321", Optional.empty()))
                .thenRejectedWith(new OfferError.ExtensionOfUnapprovedOffer(NUMBER, OfferStatus.REFUSED));
    }

    @Test
    void one_extension_is_under_way_at_a_time() {
        var underWay = new PriorExtension("A7654321", OfferStatus.READY, Optional.empty());

        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.APPROVED), new OfferExtended(NUMBER, "A7654321"))
                .when(new RecordExtension(NUMBER, "A1111111", Optional.of(underWay)))
                .thenRejectedWith(new OfferError.AlreadyExtended(NUMBER, "A7654321", Optional.of(underWay)));
    }

    @Test
    void an_approved_extension_is_extended_itself_not_the_offer_before_it() {
        var approved = new PriorExtension("A7654321", OfferStatus.APPROVED, Optional.empty());

        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.APPROVED), new OfferExtended(NUMBER, "A7654321"))
                .when(new RecordExtension(NUMBER, "A1111111", Optional.of(approved)))
                .thenRejectedWith(OfferError.AlreadyExtended.class,
                        error -> assertTrue(error.detail().contains("extend A7654321"), error.detail()));
    }

    @Test
    void a_refused_extension_tried_again_as_a_resubmission_is_still_under_way() {
        var resubmitted = new PriorExtension("A7654321", OfferStatus.REFUSED, Optional.of("A2222222"));

        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.APPROVED), new OfferExtended(NUMBER, "A7654321"))
                .when(new RecordExtension(NUMBER, "A1111111", Optional.of(resubmitted)))
                .thenRejectedWith(new OfferError.AlreadyExtended(NUMBER, "A7654321", Optional.of(resubmitted)));
    }

    @Test
    void after_a_refused_extension_the_approved_offer_is_extended_again() {
        var refused = new PriorExtension("A7654321", OfferStatus.REFUSED, Optional.empty());

        var when = offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.APPROVED), new OfferExtended(NUMBER, "A7654321"))
                .when(new RecordExtension(NUMBER, "A1111111", Optional.of(refused)));

        when.then(new OfferExtended(NUMBER, "A1111111"));
        assertEquals(List.of("A7654321", "A1111111"), offerAfter(when).use().extensions());
    }

    @Test
    void an_extension_made_meanwhile_refuses_the_one_that_did_not_see_it() {
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.APPROVED), new OfferExtended(NUMBER, "A7654321"))
                .when(new RecordExtension(NUMBER, "A1111111", Optional.empty()))
                .thenRejectedWith(new OfferError.AlreadyExtended(NUMBER, "A7654321", Optional.empty()));
    }

    @Test
    void no_refund_is_recorded_for_a_fee_not_owed_back() {
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.APPROVED))
                .when(new RecordRefund(NUMBER, FEE, "CAD", TODAY))
                .thenRejectedWith(new OfferError.NoRefundOwed(NUMBER, Offer.FeeStatus.SPENT));
    }

    @Test
    void an_approval_passes_the_permits_last_day_on_to_the_offer() {
        LocalDate permitValidUntil = LocalDate.parse("2028-06-15");
        var when = offer.given(SUBMITTED, FEE_PAID).when(new InvalidateOffer(NUMBER, NUMBER + "-1", DecisionOutcome.APPROVED,
                true, LocalDate.parse("2026-06-16"), DECISION_EVENT, FOLLOW_UP, permitValidUntil));

        when.then(new OfferInvalidated(NUMBER, NUMBER + "-1", DecisionOutcome.APPROVED, LocalDate.parse("2026-06-16"),
                DECISION_EVENT, permitValidUntil));
        assertEquals(Optional.of(permitValidUntil), offerAfter(when).permitExpiresOn());
    }

    @Test
    void an_approval_from_before_the_permits_last_day_was_passed_on_leaves_the_permit_s_expiry_unknown() {
        var when = offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.APPROVED)).when(decision(DecisionOutcome.APPROVED));

        assertEquals(Optional.empty(), offerAfter(when).permitExpiresOn());
    }

    @Test
    void an_approved_offer_reads_approved_not_invalidated() {
        var when = offer.given(SUBMITTED, FEE_PAID).when(decision(DecisionOutcome.APPROVED));

        when.then(invalidatedBy(DecisionOutcome.APPROVED));
        assertEquals(OfferStatus.APPROVED, when.stateAfter().status());
    }

    @Test
    void a_withdrawn_application_invalidates_the_offer() {
        offer.given(SUBMITTED, FEE_PAID).when(decision(DecisionOutcome.WITHDRAWN)).then(invalidatedBy(DecisionOutcome.WITHDRAWN));
    }

    @Test
    void a_returned_application_leaves_the_offer_usable() {
        var when = offer.given(SUBMITTED, FEE_PAID).when(decision(DecisionOutcome.RETURNED));

        when.thenNothingHappens();
        assertEquals(OfferStatus.READY, when.stateAfter().status());
    }

    @Test
    void a_decision_that_says_it_invalidates_the_offer_invalidates_it_whatever_its_outcome_and_the_offer_reads_that_outcome() {
        var when = DeciderSpec.of(new OfferDecider(Set.of()))
                .given(SUBMITTED, FEE_PAID).when(decision(DecisionOutcome.RETURNED, true));

        when.then(invalidatedBy(DecisionOutcome.RETURNED));
        assertEquals(OfferStatus.RETURNED, when.stateAfter().status());
    }

    @Test
    void a_number_no_offer_has_reads_unknown() {
        var when = offer.given().when(new PayFee(NUMBER, FEE, "CAD", TODAY));

        when.thenRejectedWith(new OfferError.OfferNotFound(NUMBER));
        assertEquals(OfferStatus.UNKNOWN, when.stateAfter().status());
    }

    @Test
    void a_decision_that_says_it_leaves_the_offer_valid_gives_the_application_back() {
        offer.given(SUBMITTED, FEE_PAID, new ApplicationLinked(NUMBER, NUMBER + "-1", TODAY))
                .when(decision(DecisionOutcome.REFUSED, false))
                .then(new ApplicationReturned(NUMBER, NUMBER + "-1", LocalDate.parse("2026-06-16")));
    }

    @Test
    void an_offer_is_invalidated_only_once() {
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.REFUSED))
                .when(new InvalidateOffer(NUMBER, NUMBER + "-2", DecisionOutcome.APPROVED, true, LocalDate.parse("2026-06-20"),
                        UUID.randomUUID(), FOLLOW_UP, null))
                .thenNothingHappens();
    }

    @Test
    void refused_offer_number_is_never_reused() {
        offer.given(SUBMITTED, invalidatedBy(DecisionOutcome.REFUSED))
                .when(new SubmitOffer(NUMBER, TERMS, FEE, "CAD", Optional.empty(), null, TODAY, IN_FORCE, null, null))
                .thenRejectedWith(new OfferError.OfferNumberTaken(NUMBER));
    }

    @Test
    void an_invalidated_offer_takes_no_fee_and_says_which_decision_ended_it() {
        offer.given(SUBMITTED, invalidatedBy(DecisionOutcome.REFUSED))
                .when(new PayFee(NUMBER, FEE, "CAD", TODAY))
                .thenRejectedWith(OfferError.OfferNoLongerValid.class, error -> {
                    assertEquals("offer-invalidated", error.rule());
                    assertEquals(DecisionOutcome.REFUSED, error.invalidation().outcome());
                    assertEquals("A1234567", error.facts().get("offerNumber"));
                });
    }

    private static final LocalDate APPROVED_ON = LocalDate.parse("2026-06-16");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-09-01");

    @Test
    void the_worker_s_first_day_is_recorded_on_an_approved_offer() {
        var when = offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.APPROVED))
                .when(new RecordEmploymentStart(NUMBER, FIRST_DAY));

        when.then(new EmploymentStarted(NUMBER, NUMBER + "-1", FIRST_DAY));
        assertEquals(Optional.of(FIRST_DAY), offerAfter(when).use().employmentStartedOn());
        assertEquals(OfferStatus.APPROVED, offerAfter(when).status());
    }

    @Test
    void the_worker_may_start_the_day_of_the_approval() {
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.APPROVED))
                .when(new RecordEmploymentStart(NUMBER, APPROVED_ON))
                .then(new EmploymentStarted(NUMBER, NUMBER + "-1", APPROVED_ON));
    }

    @Test
    void no_one_starts_work_before_the_approval() {
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.APPROVED))
                .when(new RecordEmploymentStart(NUMBER, APPROVED_ON.minusDays(1)))
                .thenRejectedWith(OfferError.StartBeforeApproval.class, error -> {
                    assertEquals("not-before-approval", error.rule());
                    assertEquals("startedOn", error.field());
                    assertEquals("2026-06-16", error.facts().get("approvedOn"));
                });
    }

    @ParameterizedTest
    @EnumSource(value = DecisionOutcome.class, names = {"REFUSED", "WITHDRAWN"})
    void only_an_approved_offer_has_a_first_day_of_employment(DecisionOutcome outcome) {
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(outcome))
                .when(new RecordEmploymentStart(NUMBER, FIRST_DAY))
                .thenRejectedWith(new OfferError.NotApproved(NUMBER, OfferStatus.endedBy(outcome)));
    }

    @Test
    void an_offer_still_awaiting_its_decision_has_no_first_day_of_employment() {
        offer.given(SUBMITTED, FEE_PAID)
                .when(new RecordEmploymentStart(NUMBER, FIRST_DAY))
                .thenRejectedWith(new OfferError.NotApproved(NUMBER, OfferStatus.READY));
    }

    @Test
    void recording_the_same_first_day_again_changes_nothing() {
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.APPROVED),
                        new EmploymentStarted(NUMBER, NUMBER + "-1", FIRST_DAY))
                .when(new RecordEmploymentStart(NUMBER, FIRST_DAY))
                .thenNothingHappens();
    }

    @Test
    void the_first_day_is_recorded_once() {
        offer.given(SUBMITTED, FEE_PAID, invalidatedBy(DecisionOutcome.APPROVED),
                        new EmploymentStarted(NUMBER, NUMBER + "-1", FIRST_DAY))
                .when(new RecordEmploymentStart(NUMBER, FIRST_DAY.plusDays(1)))
                .thenRejectedWith(new OfferError.EmploymentStartAlreadyRecorded(NUMBER, FIRST_DAY));
    }
}
