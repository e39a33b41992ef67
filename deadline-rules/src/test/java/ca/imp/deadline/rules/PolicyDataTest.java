package ca.imp.deadline.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The policy is data: changing it changes the deadlines, and a broken policy is refused on load. */
class PolicyDataTest {

    private static String refusedOnLoad(Consumer<ObjectNode> edit) {
        return assertThrows(IllegalArgumentException.class, () -> EditedPolicy.rules(edit)).getMessage();
    }

    private static ArrayNode kinds(ObjectNode policy) {
        return (ArrayNode) policy.get("deadlineKinds");
    }

    @Test
    void the_bundled_policy_loads_and_names_its_version() {
        assertEquals("2026-11-28", DeadlineRules.load().policyVersion());
    }

    @Test
    void a_length_changed_in_the_data_changes_the_due_date() {
        DeadlineRules longer = EditedPolicy.rules(policy -> ((ObjectNode) EditedPolicy
                .kind(policy, DeadlineKind.GCMS_RESPONSE).get("lengths").get(0)).put("amount", 45));

        assertEquals(LocalDate.of(2026, 4, 16), longer.forGcmsRequest(LocalDate.of(2026, 3, 2)).dueDate());
    }

    @Test
    void a_trigger_changed_in_the_data_changes_which_decisions_start_a_deadline() {
        DeadlineRules withdrawalsRefunded = EditedPolicy.rules(policy -> ((ArrayNode) EditedPolicy
                .kind(policy, DeadlineKind.FEE_REFUND_FOLLOW_UP).get("when").get("outcomes")).add("WITHDRAWN"));
        DecisionFacts withdrawal = new DecisionFacts(Outcome.WITHDRAWN, LocalDate.of(2026, 3, 2), null,
                ApplicantLocation.INSIDE_CANADA, Set.of(), null);

        assertEquals(List.of(DeadlineKind.FEE_REFUND_FOLLOW_UP),
                withdrawalsRefunded.forDecision(withdrawal).stream().map(ComputedDeadline::kind).toList());
    }

    @Test
    void a_kind_with_dated_versions_is_counted_by_the_version_in_effect_on_its_start_date() {
        DeadlineRules versioned = EditedPolicy.rules(policy -> {
            ObjectNode current = EditedPolicy.kind(policy, DeadlineKind.JUDICIAL_REVIEW_LEAVE);
            ObjectNode next = current.deepCopy();
            current.put("effectiveTo", "2029-12-31");
            next.put("effectiveFrom", "2030-01-01");
            ((ObjectNode) next.get("lengths").get(0)).put("amount", 20);
            kinds(policy).add(next);
        });

        assertEquals(LocalDate.of(2030, 1, 15), versioned.compute(DeadlineKind.JUDICIAL_REVIEW_LEAVE,
                LocalDate.of(2029, 12, 31), ApplicantLocation.INSIDE_CANADA).dueDate());
        assertEquals(LocalDate.of(2030, 1, 21), versioned.compute(DeadlineKind.JUDICIAL_REVIEW_LEAVE,
                LocalDate.of(2030, 1, 1), ApplicantLocation.INSIDE_CANADA).dueDate());
    }

    @Test
    void a_count_names_the_policy_version_and_the_version_of_its_kinds_rule_that_counted_it() {
        DeadlineRules versioned = EditedPolicy.rules(policy -> {
            policy.put("policyVersion", "2029-06-01");
            ObjectNode current = EditedPolicy.kind(policy, DeadlineKind.JUDICIAL_REVIEW_LEAVE);
            ObjectNode next = current.deepCopy();
            current.put("effectiveTo", "2029-12-31");
            next.put("effectiveFrom", "2030-01-01");
            kinds(policy).add(next);
        });

        ComputedDeadline before = versioned.compute(DeadlineKind.JUDICIAL_REVIEW_LEAVE, LocalDate.of(2029, 12, 31),
                ApplicantLocation.INSIDE_CANADA);
        ComputedDeadline after = versioned.compute(DeadlineKind.JUDICIAL_REVIEW_LEAVE, LocalDate.of(2030, 1, 1),
                ApplicantLocation.INSIDE_CANADA);

        assertEquals("2029-06-01", before.policyVersion());
        assertNull(before.ruleEffectiveFrom());
        assertEquals("2029-06-01", after.policyVersion());
        assertEquals(LocalDate.of(2030, 1, 1), after.ruleEffectiveFrom());
    }

    @Test
    void every_deadline_the_bundled_policy_counts_names_its_version() {
        DeadlineRules rules = DeadlineRules.load();
        DecisionFacts approval = new DecisionFacts(Outcome.APPROVED, LocalDate.of(2026, 6, 16), null,
                ApplicantLocation.OUTSIDE_CANADA, Set.of(), null, null, null, LocalDate.of(2026, 9, 1));

        assertEquals(List.of("2026-11-28"), rules.forDecision(approval).stream().map(ComputedDeadline::policyVersion)
                .distinct().toList());
        assertEquals(LocalDate.of(2022, 9, 26), rules.forEmploymentStart(LocalDate.of(2026, 9, 14)).stream()
                .filter(d -> d.kind() == DeadlineKind.RIGHTS_INFORMATION_DUE).findFirst().orElseThrow().ruleEffectiveFrom());
    }

    @Test
    void a_decision_before_any_version_of_its_kind_is_a_policy_gap_not_a_missing_deadline() {
        DeadlineRules gap = EditedPolicy.rules(policy ->
                EditedPolicy.kind(policy, DeadlineKind.JUDICIAL_REVIEW_LEAVE).put("effectiveFrom", "2030-01-01"));
        DecisionFacts refusal = new DecisionFacts(Outcome.REFUSED, LocalDate.of(2026, 3, 2), null,
                ApplicantLocation.INSIDE_CANADA, Set.of(), null);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> gap.forDecision(refusal));
        assertTrue(e.getMessage().contains("no JUDICIAL_REVIEW_LEAVE rule in effect on 2026-03-02"), e.getMessage());
    }

    @Test
    void two_versions_of_a_kind_in_effect_on_the_same_day_are_refused() {
        String message = refusedOnLoad(policy ->
                kinds(policy).add(EditedPolicy.kind(policy, DeadlineKind.RESTORATION).deepCopy()));
        assertTrue(message.contains("RESTORATION has two versions in effect on the same day"), message);
    }

    @Test
    void a_policy_without_a_deadline_kind_is_refused() {
        String message = refusedOnLoad(policy -> kinds(policy).remove(0));
        assertTrue(message.contains("does not define deadline kind(s) [JUDICIAL_REVIEW_LEAVE]"), message);
    }

    @Test
    void a_policy_that_leaves_out_a_field_is_refused_rather_than_defaulted() {
        String message = refusedOnLoad(policy ->
                EditedPolicy.kind(policy, DeadlineKind.JUDICIAL_REVIEW_LEAVE).remove("rollsForward"));
        assertTrue(message.contains("rollsForward"), message);
    }

    @Test
    void a_policy_with_an_unknown_field_is_refused() {
        String message = refusedOnLoad(policy ->
                EditedPolicy.kind(policy, DeadlineKind.RESTORATION).put("lenght", 90));
        assertTrue(message.contains("lenght"), message);
    }

    @Test
    void a_policy_with_a_key_written_twice_is_refused() {
        String json = "{\"policyVersion\": \"a\", \"policyVersion\": \"b\", \"holidays\": [], \"forums\": [],"
                + " \"deadlineKinds\": []}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeadlineRules.from(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("policyVersion"), e.getMessage());
    }

    @Test
    void a_holiday_on_a_day_that_does_not_exist_is_refused() {
        String message = refusedOnLoad(policy -> ((ObjectNode) policy.get("holidays").get(0).get("rule"))
                .put("month", 2).put("day", 30));
        assertTrue(message.contains("2/30"), message);
    }

    @Test
    void a_recess_applied_where_the_forum_has_none_is_refused() {
        String message = refusedOnLoad(policy ->
                EditedPolicy.kind(policy, DeadlineKind.RESTORATION).put("applySeasonalRecess", true));
        assertTrue(message.contains("forum FEDERAL has none"), message);
    }

    @Test
    void a_location_dependent_length_missing_a_location_is_a_policy_error_when_counted() {
        DeadlineRules insideOnly = EditedPolicy.rules(policy -> ((ArrayNode) EditedPolicy
                .kind(policy, DeadlineKind.JUDICIAL_REVIEW_LEAVE).get("lengths")).remove(1));

        assertThrows(IllegalStateException.class, () -> insideOnly.compute(DeadlineKind.JUDICIAL_REVIEW_LEAVE,
                LocalDate.of(2026, 3, 2), ApplicantLocation.OUTSIDE_CANADA));
    }

    @Test
    void a_provincial_holiday_needs_a_two_letter_province_code() {
        String message = refusedOnLoad(policy -> ((ObjectNode) policy.get("holidays").get(11)).put("province", "Quebec"));
        assertTrue(message.contains("two-letter code"), message);
    }

    @Test
    void text_that_is_not_json_is_refused_with_an_illegal_argument() {
        assertThrows(IllegalArgumentException.class,
                () -> DeadlineRules.from(new ByteArrayInputStream("not json".getBytes(StandardCharsets.UTF_8))));
        assertThrows(IllegalArgumentException.class, () -> DeadlineRules.from(null));
    }
}
