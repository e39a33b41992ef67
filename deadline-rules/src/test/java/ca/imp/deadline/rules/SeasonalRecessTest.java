package ca.imp.deadline.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Federal Courts seasonal recess (December 21 to January 7): not applied by default, always flagged. */
class SeasonalRecessTest {

    private static final DeadlineRules RULES = DeadlineRules.load();

    private static ComputedDeadline leaveInside(DeadlineRules rules, LocalDate communicated) {
        return rules.compute(DeadlineKind.JUDICIAL_REVIEW_LEAVE, communicated, ApplicantLocation.INSIDE_CANADA);
    }

    private static boolean mentionsRecess(ComputedDeadline deadline) {
        return !recessWarnings(deadline).isEmpty();
    }

    /** Every leave deadline also carries the where-the-matter-arose warning; these tests are about the recess. */
    private static List<String> recessWarnings(ComputedDeadline deadline) {
        return deadline.warnings().stream().filter(w -> w.contains("seasonal recess")).toList();
    }

    @Test
    void a_leave_deadline_whose_window_overlaps_the_recess_counts_every_day_and_warns() {
        ComputedDeadline leave = leaveInside(RULES, LocalDate.of(2026, 12, 15));

        assertEquals(LocalDate.of(2026, 12, 30), leave.dueDate());
        assertEquals(List.of("The period from 2026-12-15 to 2026-12-30 overlaps the seasonal recess under the Federal"
                + " Courts Rules (December 21 to January 7). This date counts the recess days; whether the recess"
                + " (Federal Courts Rules r.2 'seasonal recess' and r.6(3)) extends this time limit is unsettled."
                + " Do not rely on a later date; verify with counsel."), recessWarnings(leave));
    }

    @Test
    void a_deadline_moved_off_a_weekend_into_the_recess_is_flagged() {
        // Day 15 is Sunday 2026-12-20; the deadline moves to Monday 2026-12-21, the first day of the recess.
        ComputedDeadline leave = leaveInside(RULES, LocalDate.of(2026, 12, 5));

        assertEquals(LocalDate.of(2026, 12, 21), leave.dueDate());
        assertTrue(mentionsRecess(leave));
    }

    @Test
    void a_window_that_ends_before_december_21_is_not_flagged() {
        ComputedDeadline leave = leaveInside(RULES, LocalDate.of(2026, 12, 3));

        assertEquals(LocalDate.of(2026, 12, 18), leave.dueDate());
        assertFalse(mentionsRecess(leave));
    }

    @Test
    void a_window_that_starts_on_january_7_is_flagged_and_one_starting_january_8_is_not() {
        assertTrue(mentionsRecess(leaveInside(RULES, LocalDate.of(2027, 1, 7))));
        assertFalse(mentionsRecess(leaveInside(RULES, LocalDate.of(2027, 1, 8))));
    }

    @Test
    void a_sixty_day_window_from_november_spans_the_recess_and_is_flagged() {
        ComputedDeadline leave = RULES.compute(
                DeadlineKind.JUDICIAL_REVIEW_LEAVE, LocalDate.of(2026, 11, 2), ApplicantLocation.OUTSIDE_CANADA);

        assertEquals(LocalDate.of(2027, 1, 4), leave.dueDate()); // day 60 is Friday 2027-01-01, New Year's Day
        assertTrue(mentionsRecess(leave));
    }

    @Test
    void deadlines_outside_the_federal_court_are_never_flagged_for_the_recess() {
        assertFalse(mentionsRecess(RULES.compute(DeadlineKind.RESTORATION, LocalDate.of(2026, 12, 1))));
        assertFalse(mentionsRecess(RULES.forGcmsRequest(LocalDate.of(2026, 12, 10))));
    }

    @Test
    void when_the_policy_applies_the_recess_its_days_are_left_out_and_the_earlier_date_is_given() {
        DeadlineRules applied = EditedPolicy.rules(policy ->
                EditedPolicy.kind(policy, DeadlineKind.JUDICIAL_REVIEW_LEAVE).put("applySeasonalRecess", true));

        ComputedDeadline leave = leaveInside(applied, LocalDate.of(2026, 12, 15));

        // December 16-20 are days 1-5; December 21 to January 7 are left out; January 8-17 are days 6-15.
        // 2027-01-17 is a Sunday, so the deadline moves to Monday 2027-01-18.
        assertEquals(LocalDate.of(2027, 1, 18), leave.dueDate());
        assertTrue(leave.basis().contains("leaving out the 18 days of the seasonal recess (December 21 to January 7)"
                + " in the period, day 15 is 2027-01-17, a Sunday"), leave.basis());
        assertEquals(List.of("This date leaves out the days of the seasonal recess under the Federal Courts Rules"
                + " (December 21 to January 7) (Federal Courts Rules r.2 'seasonal recess' and r.6(3)). Whether the"
                + " recess extends this time limit is unsettled; counting the recess days, the deadline would be"
                + " 2026-12-30. Verify with counsel."), recessWarnings(leave));
    }

    @Test
    void when_the_policy_applies_the_recess_a_window_clear_of_it_is_unchanged_and_unflagged() {
        DeadlineRules applied = EditedPolicy.rules(policy ->
                EditedPolicy.kind(policy, DeadlineKind.JUDICIAL_REVIEW_LEAVE).put("applySeasonalRecess", true));

        ComputedDeadline leave = leaveInside(applied, LocalDate.of(2026, 6, 16));

        assertEquals(LocalDate.of(2026, 7, 2), leave.dueDate());
        assertFalse(mentionsRecess(leave));
    }
}
