package ca.imp.deadline.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionFactsTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 3, 2);

    @Test
    void a_decision_communicated_before_it_was_made_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DecisionFacts(
                Outcome.REFUSED, DECIDED, DECIDED.minusDays(1), ApplicantLocation.INSIDE_CANADA, Set.of(), null));
        assertEquals("decision communicated on 2026-03-01, before the decision date 2026-03-02", e.getMessage());
    }

    @Test
    void a_decision_without_a_date_outcome_or_location_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new DecisionFacts(
                Outcome.REFUSED, null, null, ApplicantLocation.INSIDE_CANADA, Set.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new DecisionFacts(
                null, DECIDED, null, ApplicantLocation.INSIDE_CANADA, Set.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new DecisionFacts(
                Outcome.REFUSED, DECIDED, null, null, Set.of(), null));
    }

    @Test
    void an_unknown_communication_date_is_taken_as_the_decision_date() {
        DecisionFacts facts = new DecisionFacts(Outcome.REFUSED, DECIDED, null, ApplicantLocation.INSIDE_CANADA, null, null);

        assertEquals(DECIDED, facts.communicatedDate());
        assertEquals(Set.of(), facts.grounds());
    }

    @Test
    void refusal_grounds_are_kept_as_upper_case_codes_and_an_empty_one_is_refused() {
        DecisionFacts facts = new DecisionFacts(Outcome.REFUSED, DECIDED, null, ApplicantLocation.INSIDE_CANADA,
                Set.of("not_temporary ", "MISREPRESENTATION"), null);
        assertEquals(Set.of("NOT_TEMPORARY", "MISREPRESENTATION"), facts.grounds());

        Set<String> withBlank = new HashSet<>(Set.of("NOT_TEMPORARY", " "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DecisionFacts(
                Outcome.REFUSED, DECIDED, null, ApplicantLocation.INSIDE_CANADA, withBlank, null));
        assertTrue(e.getMessage().contains("empty"));
    }
}
