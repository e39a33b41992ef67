package ca.imp.offerservice.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.offer.ApplicationLinked;
import ca.imp.contract.offer.ApplicationReturned;
import ca.imp.contract.offer.OfferEvent;
import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.contract.offer.OfferTerms;
import ca.imp.contract.offer.OfferWithdrawn;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.offerservice.offer.Offer;

/** Employers keep an application's records for 6 years (IRPR 209.2(1)(b)); the worker's data goes after. */
class RecordRetentionTest {
    private static final DeadlineRules RULES = DeadlineRules.load();
    private static final String NUMBER = "A1234567";
    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final OfferTerms TERMS = new OfferTerms(null, new OfferTerms.Job("Robotics engineer", "21301", "Design",
            BigDecimal.valueOf(40), null, null, null, START, START.plusYears(2)), "C10");
    private static final OfferSubmitted SUBMITTED = new OfferSubmitted(NUMBER, TERMS, BigDecimal.valueOf(230), "CAD", null, null, null);
    private static final ApplicationLinked LINKED = new ApplicationLinked(NUMBER, "W100", LocalDate.of(2026, 5, 1));
    private static final Offer.Fee PAID = new Offer.Fee.Paid(BigDecimal.valueOf(230), "CAD", LocalDate.of(2026, 4, 1));
    private static final Offer READY = new Offer(NUMBER, TERMS, Optional.empty(), new Offer.Use.Unused(), PAID);

    private static OfferInvalidated decision(DecisionOutcome outcome, LocalDate on) {
        return new OfferInvalidated(NUMBER, "W100", outcome, on, UUID.randomUUID());
    }

    private static Offer decided(OfferInvalidated decision) {
        return new Offer(NUMBER, TERMS, Optional.empty(), new Offer.Use.Invalidated(decision, Optional.of("W100"), Optional.empty(),
                Optional.empty(), List.of()),
                PAID);
    }

    @Test
    void an_offer_no_application_used_can_be_erased_at_once() {
        RecordRetention retention = RecordRetention.of(READY, List.of(SUBMITTED), RULES);

        assertInstanceOf(RecordRetention.NotRequired.class, retention);
        assertTrue(retention.over(LocalDate.of(2026, 4, 2)));
    }

    @Test
    void while_an_application_awaits_its_decision_the_period_has_not_started() {
        Offer inUse = new Offer(NUMBER, TERMS, Optional.empty(), new Offer.Use.InUse("W100"), PAID);

        RecordRetention retention = RecordRetention.of(inUse, List.of(SUBMITTED, LINKED), RULES);

        assertEquals(new RecordRetention.NotStarted("W100", "IRPR s.209.2(1)(b)"), retention);
        assertFalse(retention.over(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void after_an_approval_records_are_kept_6_years_from_the_first_day_of_employment() {
        OfferInvalidated approval = decision(DecisionOutcome.APPROVED, LocalDate.of(2026, 6, 16));

        var retention = (RecordRetention.Runs) RecordRetention.of(decided(approval), List.of(SUBMITTED, LINKED, approval), RULES);

        assertEquals(LocalDate.of(2032, 9, 1), retention.lastDay());
        assertTrue(retention.settled());
        assertTrue(retention.source().contains("209.2(1)(b)"), retention.source());
        assertFalse(retention.over(LocalDate.of(2032, 9, 1)));
        assertTrue(retention.over(LocalDate.of(2032, 9, 2)));
    }

    @Test
    void once_the_employer_recorded_the_first_day_of_employment_records_are_kept_6_years_from_it() {
        OfferInvalidated approval = decision(DecisionOutcome.APPROVED, LocalDate.of(2026, 6, 16));
        Offer started = new Offer(NUMBER, TERMS, Optional.empty(), new Offer.Use.Invalidated(approval, Optional.of("W100"),
                Optional.empty(), Optional.of(LocalDate.of(2026, 10, 5)), List.of()), PAID);

        var retention = (RecordRetention.Runs) RecordRetention.of(started, List.of(SUBMITTED, LINKED, approval), RULES);

        assertEquals(LocalDate.of(2032, 10, 5), retention.lastDay());
        assertTrue(retention.startedBy().contains("the first day of employment, 2026-10-05"), retention.startedBy());
    }

    @Test
    void an_approval_after_the_offered_start_date_starts_employment_on_the_approval() {
        OfferInvalidated late = decision(DecisionOutcome.APPROVED, LocalDate.of(2026, 10, 5));

        var retention = (RecordRetention.Runs) RecordRetention.of(decided(late), List.of(SUBMITTED, LINKED, late), RULES);

        assertEquals(LocalDate.of(2032, 10, 5), retention.lastDay());
    }

    @Test
    void after_a_refusal_or_an_applicants_withdrawal_records_are_kept_6_years_from_the_decision() {
        for (DecisionOutcome outcome : List.of(DecisionOutcome.REFUSED, DecisionOutcome.WITHDRAWN)) {
            OfferInvalidated decision = decision(outcome, LocalDate.of(2026, 6, 16));

            var retention = (RecordRetention.Runs) RecordRetention.of(decided(decision), List.of(SUBMITTED, LINKED, decision),
                    RULES);

            assertEquals(LocalDate.of(2032, 6, 16), retention.lastDay(), outcome.name());
        }
    }

    @Test
    void a_returned_application_keeps_its_records_6_years_from_the_return_until_another_uses_the_offer() {
        ApplicationReturned returned = new ApplicationReturned(NUMBER, "W100", LocalDate.of(2026, 6, 20));

        var retention = (RecordRetention.Runs) RecordRetention.of(READY, List.of(SUBMITTED, LINKED, returned), RULES);

        assertEquals(LocalDate.of(2032, 6, 20), retention.lastDay());
        assertFalse(retention.settled(), "another application may still use the offer");
    }

    @Test
    void an_offer_withdrawn_by_its_employer_while_in_use_counts_from_the_withdrawal() {
        OfferWithdrawn withdrawn = new OfferWithdrawn(NUMBER, LocalDate.of(2026, 7, 3), "position filled");
        Offer offer = new Offer(NUMBER, TERMS, Optional.empty(), new Offer.Use.Withdrawn(withdrawn, Optional.of("W100"),
                Optional.empty(), Optional.empty()), PAID);

        var retention = (RecordRetention.Runs) RecordRetention.of(offer, List.of(SUBMITTED, LINKED, withdrawn), RULES);

        assertEquals(LocalDate.of(2032, 7, 3), retention.lastDay());
        assertTrue(retention.settled());
    }

    @Test
    void the_refusal_to_erase_cites_the_rule_and_the_day_the_period_ends() {
        OfferInvalidated refusal = decision(DecisionOutcome.REFUSED, LocalDate.of(2026, 6, 16));
        RecordRetention retention = RecordRetention.of(decided(refusal), List.of(SUBMITTED, LINKED, refusal), RULES);

        RetentionRunning refused = new RetentionRunning(NUMBER, retention);

        assertEquals("record-retention-running", refused.rule());
        assertTrue(refused.detail().contains("IRPR s.209.2(1)(b)"), refused.detail());
        assertEquals("IRPR s.209.2(1)(b)", refused.facts().get("source"));
        assertTrue(refused.detail().contains("kept until 2032-06-16"), refused.detail());
        assertEquals("2032-06-17", refused.facts().get("erasableOn"));
    }
}
