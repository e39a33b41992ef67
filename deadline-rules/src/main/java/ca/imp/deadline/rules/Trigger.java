package ca.imp.deadline.rules;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which decisions start a deadline kind. An empty set of locations or grounds means "any";
 * outcomes must be listed, so that a kind is never started by an outcome nobody thought about.
 *
 * @param groundsIncludeAny the refusal must cite at least one of these grounds
 */
record Trigger(Set<Outcome> outcomes, Set<ApplicantLocation> locations, Set<String> groundsIncludeAny) {

    Trigger {
        if (outcomes == null || outcomes.isEmpty()) {
            throw new IllegalArgumentException("a trigger must list the outcomes that start the deadline");
        }
        outcomes = Set.copyOf(outcomes);
        locations = locations == null ? Set.of() : Set.copyOf(locations);
        // Compared with DecisionFacts grounds, which are upper-cased the same way.
        groundsIncludeAny = groundsIncludeAny == null ? Set.of() : groundsIncludeAny.stream()
                .map(ground -> ground.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    boolean matches(DecisionFacts facts) {
        return outcomes.contains(facts.outcome())
                && (locations.isEmpty() || locations.contains(facts.location()))
                && (groundsIncludeAny.isEmpty() || facts.grounds().stream().anyMatch(groundsIncludeAny::contains));
    }
}
