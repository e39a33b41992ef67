package ca.imp.decisionservice.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.imp.contract.EventJson;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.decisionservice.guidance.NextSteps.FeeConsequence;

class NextStepsPlannerTest {
    private static final String OFFER = "A7654321";
    private static final String APPLICATION = OFFER + "-1";
    private static final DeadlineRules RULES = DeadlineRules.load();
    private final NextStepsPlanner planner = new NextStepsPlanner(catalogue(), RULES);

    static GuidanceCatalogue catalogue() {
        try (InputStream json = NextStepsPlannerTest.class.getResourceAsStream("/guidance/next-steps.json")) {
            return EventJson.mapper().readValue(json, GuidanceCatalogue.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApplicationRegistered applied(ApplicantLocation location) {
        return new ApplicationRegistered(APPLICATION, OFFER, location, LocalDate.parse("2026-01-10"));
    }

    private NextSteps refused(ApplicantLocation location, String communicated, List<String> grounds, List<String> factors) {
        LocalDate date = LocalDate.parse(communicated);
        return planner.plan(applied(location),
                new DecisionRendered(APPLICATION, OFFER, DecisionOutcome.REFUSED, date, date, location, grounds, factors, true));
    }

    private NextSteps refusedWithNotes(List<String> grounds, List<String> factors) {
        LocalDate date = LocalDate.parse("2026-06-16");
        return planner.plan(applied(ApplicantLocation.OUTSIDE_CANADA),
                new DecisionRendered(APPLICATION, OFFER, DecisionOutcome.REFUSED, date, date, ApplicantLocation.OUTSIDE_CANADA,
                        grounds, factors, true, true, null));
    }

    private NextSteps decided(DecisionOutcome outcome) {
        LocalDate date = LocalDate.parse("2026-06-16");
        return planner.plan(applied(ApplicantLocation.INSIDE_CANADA),
                new DecisionRendered(APPLICATION, OFFER, outcome, date, date, ApplicantLocation.INSIDE_CANADA, List.of(),
                        outcome != DecisionOutcome.RETURNED));
    }

    private static List<String> options(NextSteps steps) {
        return steps.options().stream().map(NextSteps.Option::option).toList();
    }

    private static NextSteps.Option option(NextSteps steps, String name) {
        return steps.options().stream().filter(o -> o.option().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_refusal_says_the_number_is_dead_a_new_offer_and_fee_are_needed_and_the_fee_is_refundable() {
        NextSteps steps = refused(ApplicantLocation.INSIDE_CANADA, "2026-06-16", List.of("INSUFFICIENT_FUNDS"), List.of());

        assertFalse(steps.offer().numberUsable());
        assertTrue(steps.offer().explanation().contains("new offer"), steps.offer().explanation());
        assertTrue(steps.offer().explanation().contains("new compliance fee"), steps.offer().explanation());
        assertEquals(FeeConsequence.REFUNDABLE, steps.offer().fee());
        assertEquals(LocalDate.parse("2026-08-11"), steps.offer().refundFollowUpOn(), "8 weeks after the decision");
        assertTrue(steps.offer().feeExplanation().contains("2026-08-11"), steps.offer().feeExplanation());
    }

    @Test
    void judicial_review_and_restoration_are_due_on_the_dates_the_deadline_rules_count() {
        NextSteps steps = refused(ApplicantLocation.INSIDE_CANADA, "2026-06-16", List.of("INSUFFICIENT_FUNDS"), List.of());

        assertEquals(LocalDate.parse("2026-07-02"), option(steps, "JUDICIAL_REVIEW").due().dueOn(), "day 15 is Canada Day");
        // 90 days after 2026-06-16: 14 left in June, 31 in July, 31 in August, 14 in September; Monday 2026-09-14.
        assertEquals(LocalDate.parse("2026-09-14"), option(steps, "RESTORATION").due().dueOn());
        String basis = option(steps, "RESTORATION").due().basis();
        assertTrue(basis.contains("90 days"), basis);
        assertTrue(basis.contains("2026-09-14"), basis);
        assertTrue(basis.contains("IRPR s.182"), basis);
    }

    @Test
    void an_applicant_outside_canada_gets_60_days_for_judicial_review_and_no_restoration() {
        NextSteps steps = refused(ApplicantLocation.OUTSIDE_CANADA, "2026-02-02", List.of("INSUFFICIENT_FUNDS"), List.of());

        assertEquals(LocalDate.parse("2026-04-07"), option(steps, "JUDICIAL_REVIEW").due().dueOn());
        assertFalse(options(steps).contains("RESTORATION"));
    }

    @Test
    void a_missing_document_calls_for_reapplying_first() {
        NextSteps steps = refused(ApplicantLocation.OUTSIDE_CANADA, "2026-02-02", List.of("INCOMPLETE_DOCUMENTS"), List.of());

        assertEquals("REAPPLY", options(steps).get(0));
    }

    @Test
    void a_checkbox_doubt_calls_for_the_officers_notes_first_and_the_weightiest_ground_leads() {
        NextSteps steps = refused(ApplicantLocation.OUTSIDE_CANADA, "2026-02-02", List.of("INCOMPLETE_DOCUMENTS", "NOT_TEMPORARY"),
                List.of("TRAVEL_HISTORY"));

        assertEquals("GCMS_NOTES", options(steps).get(0));
        assertEquals(List.of("NOT_TEMPORARY", "INCOMPLETE_DOCUMENTS"), steps.grounds().stream().map(NextSteps.GroundAdvice::ground).toList());
    }

    @Test
    void the_evidence_for_not_temporary_answers_each_factor_weighed() {
        NextSteps steps = refused(ApplicantLocation.OUTSIDE_CANADA, "2026-02-02", List.of("NOT_TEMPORARY"),
                List.of("TRAVEL_HISTORY", "CURRENT_EMPLOYMENT"));

        List<String> evidence = steps.grounds().get(0).evidence();
        assertTrue(evidence.stream().anyMatch(e -> e.contains("entry and exit stamps")), evidence.toString());
        assertTrue(evidence.stream().anyMatch(e -> e.contains("current employer")), evidence.toString());
    }

    @Test
    void misrepresentation_states_the_5_year_bar_and_its_end_instead_of_reapplying() {
        NextSteps steps = refused(ApplicantLocation.INSIDE_CANADA, "2026-06-16", List.of("MISREPRESENTATION", "NOT_TEMPORARY"),
                List.of("PURPOSE_OF_VISIT"));

        assertEquals(LocalDate.parse("2031-06-16"), steps.reapplicationBar().endsOn());
        assertTrue(steps.reapplicationBar().explanation().contains("2031-06-16"), steps.reapplicationBar().explanation());
        assertFalse(options(steps).contains("REAPPLY"));
        assertEquals("JUDICIAL_REVIEW", options(steps).get(0));
    }

    @Test
    void an_approval_spends_the_fee_and_the_number() {
        NextSteps steps = decided(DecisionOutcome.APPROVED);

        assertFalse(steps.offer().numberUsable());
        assertEquals(FeeConsequence.SPENT, steps.offer().fee());
        assertNull(steps.options());
        assertFalse(steps.steps().isEmpty());
    }

    @Test
    void an_applicants_withdrawal_kills_the_number_and_refunds_the_fee_only_if_the_employer_withdraws_the_offer() {
        NextSteps steps = decided(DecisionOutcome.WITHDRAWN);

        assertFalse(steps.offer().numberUsable());
        assertEquals(FeeConsequence.REFUNDABLE_IF_EMPLOYER_WITHDRAWS, steps.offer().fee());
        assertEquals("/offers/" + OFFER + "/withdrawal", steps.offer().withdrawOffer());
        assertTrue(steps.offer().feeExplanation().contains("refunds it only if the employer withdraws the offer"),
                steps.offer().feeExplanation());
    }

    @Test
    void only_an_applicants_withdrawal_links_the_employers_withdrawal() {
        assertNull(decided(DecisionOutcome.APPROVED).offer().withdrawOffer());
        assertNull(decided(DecisionOutcome.RETURNED).offer().withdrawOffer());
        assertNull(refused(ApplicantLocation.INSIDE_CANADA, "2026-06-16", List.of("INSUFFICIENT_FUNDS"), List.of())
                .offer().withdrawOffer());
    }

    @Test
    void with_the_officers_notes_in_the_letter_reading_them_leads_and_the_gcms_request_comes_last() {
        NextSteps steps = refusedWithNotes(List.of("NOT_TEMPORARY"), List.of("TRAVEL_HISTORY"));

        assertEquals("READ_NOTES", options(steps).get(0));
        assertEquals("GCMS_NOTES", options(steps).get(options(steps).size() - 1));
    }

    @Test
    void with_the_officers_notes_in_the_letter_reading_them_leads_even_a_misrepresentation_refusal() {
        NextSteps steps = refusedWithNotes(List.of("MISREPRESENTATION"), List.of());

        assertEquals(List.of("READ_NOTES", "JUDICIAL_REVIEW", "OTHER_PATHWAY", "GCMS_NOTES"), options(steps));
    }

    @Test
    void a_matter_that_arose_outside_canada_gives_an_applicant_inside_60_days_for_judicial_review_with_the_warning() {
        LocalDate date = LocalDate.parse("2026-06-16");
        NextSteps steps = planner.plan(applied(ApplicantLocation.INSIDE_CANADA),
                new DecisionRendered(APPLICATION, OFFER, DecisionOutcome.REFUSED, date, date, ApplicantLocation.INSIDE_CANADA,
                        List.of("INSUFFICIENT_FUNDS"), List.of(), true, false, ApplicantLocation.OUTSIDE_CANADA));

        NextSteps.Due due = option(steps, "JUDICIAL_REVIEW").due();
        assertEquals(LocalDate.parse("2026-08-17"), due.dueOn(), "day 60 is Saturday 2026-08-15");
        assertTrue(due.warnings().stream().anyMatch(w -> w.startsWith("Where the matter arose decides the limit")),
                due.warnings().toString());
    }

    @Test
    void the_misrepresentation_bar_ends_at_the_earliest_on_its_date() {
        NextSteps steps = refused(ApplicantLocation.INSIDE_CANADA, "2026-06-16", List.of("MISREPRESENTATION"), List.of());

        assertTrue(steps.reapplicationBar().explanation().contains("until 2031-06-16 at the earliest"),
                steps.reapplicationBar().explanation());
        assertTrue(steps.reapplicationBar().explanation().contains("judicial review is not final"),
                steps.reapplicationBar().explanation());
    }

    @Test
    void a_returned_application_leaves_the_number_and_its_fee_for_the_next_attempt() {
        NextSteps steps = decided(DecisionOutcome.RETURNED);

        assertTrue(steps.offer().numberUsable());
        assertEquals(FeeConsequence.UNCHANGED, steps.offer().fee());
        assertTrue(steps.summary().contains("without a decision on the merits"), steps.summary());
    }

    @Test
    void every_guidance_says_it_is_information_not_legal_advice() {
        for (DecisionOutcome outcome : List.of(DecisionOutcome.APPROVED, DecisionOutcome.WITHDRAWN, DecisionOutcome.RETURNED)) {
            assertTrue(decided(outcome).disclaimer().contains("not legal advice"));
        }
        assertTrue(refused(ApplicantLocation.INSIDE_CANADA, "2026-06-16", List.of("INSUFFICIENT_FUNDS"), List.of())
                .disclaimer().contains("not legal advice"));
    }

    @Test
    void a_catalogue_without_words_for_a_ground_is_refused_at_start() {
        GuidanceCatalogue full = catalogue();
        var grounds = new HashMap<>(full.grounds());
        grounds.remove("INSUFFICIENT_FUNDS");
        GuidanceCatalogue lacking = new GuidanceCatalogue(full.catalogueVersion(), full.disclaimer(), full.offer(), full.outcomes(),
                full.options(), full.misrepresentationBar(), grounds, full.factors());

        assertThrows(IllegalStateException.class, () -> new NextStepsPlanner(lacking, RULES));
    }
}
