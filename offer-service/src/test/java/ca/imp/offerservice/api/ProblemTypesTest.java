package ca.imp.offerservice.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import ca.imp.decidertesting.RuleNames;
import ca.imp.problem.ProblemCatalogue;
import ca.imp.problem.ProblemMappers;

/**
 * Every rule offer-service can answer has a page at /problems/{rule}: the rules of its domain errors,
 * the rules its code names as data, and the constraints of its requests.
 */
class ProblemTypesTest {
    private static final String PACKAGE = "ca.imp.offerservice";

    @Test
    void every_rule_the_service_answers_has_a_page() {
        Set<String> rules = new TreeSet<>(RuleNames.ofDomainErrors(PACKAGE).values());
        assertFalse(rules.isEmpty(), "the domain errors were found");
        rules.addAll(RuleNames.passedIn(Path.of("src/main/java")));
        RuleNames.constraintsIn(PACKAGE).forEach(constraint -> rules.add(ProblemMappers.ruleOfConstraint(constraint)));
        assertEquals(Set.of(), new ProblemCatalogue().uncatalogued(rules));
    }
}
