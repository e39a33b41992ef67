package ca.imp.deadline.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JudicialReviewLeaveTest {

    private static final DeadlineRules RULES = DeadlineRules.load();

    private static ComputedDeadline leave(String communicated, ApplicantLocation location) {
        DecisionFacts refusal = new DecisionFacts(
                Outcome.REFUSED, LocalDate.parse(communicated), LocalDate.parse(communicated), location, Set.of(), null);
        return RULES.forDecision(refusal).stream()
                .filter(d -> d.kind() == DeadlineKind.JUDICIAL_REVIEW_LEAVE)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void day_fifteen_on_canada_day_moves_to_the_next_business_day() {
        ComputedDeadline deadline = leave("2026-06-16", ApplicantLocation.INSIDE_CANADA);

        assertEquals(LocalDate.parse("2026-06-16"), deadline.startDate());
        assertEquals(LocalDate.parse("2026-07-02"), deadline.dueDate());
        assertEquals("Application for leave for judicial review: 15 days after the refusal was communicated on"
                + " 2026-06-16 (applicant inside Canada); day 15 is 2026-07-01, Canada Day, a holiday under the"
                + " Federal Courts Rules, so the deadline moves to 2026-07-02. Source: IRPA s.72(2)(b); Federal"
                + " Courts Rules r.2 'holiday'; Interpretation Act ss.26-27, 35(1).", deadline.basis());
        assertEquals("IRPA s.72(2)(b); Federal Courts Rules r.2 'holiday'; Interpretation Act ss.26-27, 35(1)",
                deadline.source());
        assertEquals(1, deadline.warnings().size());
    }

    @Test
    void day_sixty_on_good_friday_skips_the_easter_weekend_and_easter_monday() {
        ComputedDeadline deadline = leave("2026-02-02", ApplicantLocation.OUTSIDE_CANADA);

        assertEquals(LocalDate.parse("2026-04-07"), deadline.dueDate());
        assertEquals("Application for leave for judicial review: 60 days after the refusal was communicated on"
                + " 2026-02-02 (applicant outside Canada); day 60 is 2026-04-03, Good Friday, a holiday under the"
                + " Federal Courts Rules, as are 2026-04-04 (Saturday), 2026-04-05 (Sunday) and 2026-04-06"
                + " (Easter Monday), so the deadline moves to 2026-04-07. Source: IRPA s.72(2)(b); Federal Courts"
                + " Rules r.2 'holiday'; Interpretation Act ss.26-27, 35(1).", deadline.basis());
    }

    @Test
    void sixty_days_for_an_applicant_outside_canada_warns_that_the_place_the_matter_arose_decides() {
        ComputedDeadline deadline = leave("2026-02-02", ApplicantLocation.OUTSIDE_CANADA);

        assertEquals(1, deadline.warnings().size());
        assertTrue(deadline.warnings().get(0).contains("15-day limit may apply instead"));
    }

    @ParameterizedTest(name = "applicant {0}, matter arose {1}: the where-the-matter-arose warning")
    @CsvSource(nullValues = "none", value = {
        "INSIDE_CANADA, none",
        "OUTSIDE_CANADA, none",
        "INSIDE_CANADA, OUTSIDE_CANADA",
        "OUTSIDE_CANADA, INSIDE_CANADA",
    })
    void every_judicial_review_deadline_warns_that_where_the_matter_arose_decides(ApplicantLocation applicant,
                                                                                  ApplicantLocation matterArose) {
        DecisionFacts refusal = new DecisionFacts(Outcome.REFUSED, LocalDate.parse("2026-06-16"), null, applicant,
                Set.of(), null, matterArose);

        ComputedDeadline deadline = RULES.forDecision(refusal).get(0);

        assertEquals(DeadlineKind.JUDICIAL_REVIEW_LEAVE, deadline.kind());
        assertTrue(deadline.warnings().get(0).startsWith("Where the matter arose decides the limit: IRPA s.72(2)(b)"),
                deadline.warnings().get(0));
        assertTrue(deadline.warnings().get(0).contains("Chen v. Canada (MCI), 2010 FC 899"), deadline.warnings().get(0));
    }

    @Test
    void from_2026_06_16_a_refusal_whose_matter_arose_outside_canada_gives_sixty_days_to_an_applicant_inside() {
        DecisionFacts refusal = new DecisionFacts(Outcome.REFUSED, LocalDate.parse("2026-06-16"), null,
                ApplicantLocation.INSIDE_CANADA, Set.of(), null, ApplicantLocation.OUTSIDE_CANADA);

        ComputedDeadline deadline = RULES.forDecision(refusal).get(0);

        assertEquals(LocalDate.parse("2026-08-17"), deadline.dueDate());
        assertTrue(deadline.basis().startsWith("Application for leave for judicial review: 60 days after the refusal"
                + " was communicated on 2026-06-16 (matter arose outside Canada); day 60 is 2026-08-15"), deadline.basis());
    }

    @Test
    void a_refusal_whose_matter_arose_in_canada_gives_fifteen_days_to_an_applicant_outside() {
        DecisionFacts refusal = new DecisionFacts(Outcome.REFUSED, LocalDate.parse("2026-06-17"), null,
                ApplicantLocation.OUTSIDE_CANADA, Set.of(), null, ApplicantLocation.INSIDE_CANADA);

        ComputedDeadline deadline = RULES.forDecision(refusal).get(0);

        assertEquals(LocalDate.parse("2026-07-02"), deadline.dueDate());
        assertTrue(deadline.basis().contains("(matter arose inside Canada)"), deadline.basis());
    }

    @Test
    void where_the_matter_arose_does_not_open_restoration_to_an_applicant_who_was_outside_canada() {
        DecisionFacts refusal = new DecisionFacts(Outcome.REFUSED, LocalDate.parse("2026-06-17"), null,
                ApplicantLocation.OUTSIDE_CANADA, Set.of(), null, ApplicantLocation.INSIDE_CANADA);

        assertTrue(RULES.forDecision(refusal).stream().noneMatch(d -> d.kind() == DeadlineKind.RESTORATION));
    }

    @Test
    void the_count_starts_from_the_day_the_refusal_was_communicated_not_the_decision_date() {
        DecisionFacts refusal = new DecisionFacts(Outcome.REFUSED, LocalDate.parse("2026-06-01"),
                LocalDate.parse("2026-06-10"), ApplicantLocation.INSIDE_CANADA, Set.of(), null);

        ComputedDeadline deadline = RULES.forDecision(refusal).get(0);

        assertEquals(DeadlineKind.JUDICIAL_REVIEW_LEAVE, deadline.kind());
        assertEquals(LocalDate.parse("2026-06-10"), deadline.startDate());
        assertEquals(LocalDate.parse("2026-06-25"), deadline.dueDate());
    }

    @Test
    void a_last_day_that_is_an_ordinary_weekday_is_the_deadline_and_the_basis_says_why() {
        ComputedDeadline deadline = leave("2026-06-17", ApplicantLocation.INSIDE_CANADA);

        assertEquals(LocalDate.parse("2026-07-02"), deadline.dueDate());
        assertTrue(deadline.basis().contains(
                "day 15 is 2026-07-02, a Thursday that is not a holiday under the Federal Courts Rules,"
                        + " so the deadline is 2026-07-02."), deadline.basis());
    }

    @Test
    void day_fifteen_on_a_saturday_moves_past_the_weekend_in_federal_court() {
        ComputedDeadline deadline = leave("2026-06-19", ApplicantLocation.INSIDE_CANADA);

        assertEquals(LocalDate.parse("2026-07-06"), deadline.dueDate());
        assertTrue(deadline.basis().contains("day 15 is 2026-07-04, a Saturday, a holiday under the Federal Courts"
                + " Rules, as is 2026-07-05 (Sunday), so the deadline moves to 2026-07-06."), deadline.basis());
    }

    @Test
    void the_monday_after_remembrance_day_on_a_sunday_is_a_holiday_in_federal_court_too() {
        // 2029-11-11 is a Sunday, so Monday 2029-11-12 is also a holiday (Interpretation Act s.35(2)).
        ComputedDeadline deadline = leave("2029-10-28", ApplicantLocation.INSIDE_CANADA);

        assertEquals(LocalDate.parse("2029-11-13"), deadline.dueDate());
        assertTrue(deadline.basis().contains("day 15 is 2029-11-12, Remembrance Day (observed; November 11 fell on"
                + " a Sunday), a holiday under the Federal Courts Rules"), deadline.basis());
    }

    @ParameterizedTest(name = "communicated {0}, {1}: due {2}")
    @CsvSource({
        "2026-06-16, INSIDE_CANADA, 2026-07-02",
        "2026-02-02, OUTSIDE_CANADA, 2026-04-07",
        "2026-01-01, INSIDE_CANADA, 2026-01-16",
        "2026-09-15, INSIDE_CANADA, 2026-10-01",   // day 15 is Truth and Reconciliation, a Wednesday
        "2026-03-23, INSIDE_CANADA, 2026-04-07",   // day 15 Easter Monday; 2026-04-07 Tuesday
        "2024-02-14, INSIDE_CANADA, 2024-02-29",   // leap day is an ordinary Thursday
        "2023-02-14, INSIDE_CANADA, 2023-03-01",   // no leap day: 14 + 15 runs into March
        "2026-08-25, INSIDE_CANADA, 2026-09-09",   // Labour Day is 2026-09-07, not day 15
        "2026-08-23, INSIDE_CANADA, 2026-09-08",   // day 15 is Labour Day 2026-09-07
        "2026-09-27, INSIDE_CANADA, 2026-10-13",   // day 15 is Thanksgiving 2026-10-12
        "2026-05-03, INSIDE_CANADA, 2026-05-19",   // day 15 is Victoria Day 2026-05-18
        "2100-03-11, INSIDE_CANADA, 2100-03-30",   // day 15 Good Friday 2100-03-26, then weekend, Easter Monday
    })
    void judicial_review_leave_due_dates(String communicated, ApplicantLocation location, String due) {
        assertEquals(LocalDate.parse(due), leave(communicated, location).dueDate());
    }

    @Test
    void a_leave_deadline_without_a_location_is_refused_rather_than_guessed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RULES.compute(DeadlineKind.JUDICIAL_REVIEW_LEAVE, LocalDate.parse("2026-06-16")));
        assertTrue(e.getMessage().contains("inside or outside Canada"));
    }
}
