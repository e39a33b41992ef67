package ca.imp.deadlineservice.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ca.imp.decidertesting.RuleNames;
import ca.imp.problem.ProblemCatalogue;
import ca.imp.problem.ProblemMappers;

/**
 * Every rule deadline-service can answer has a page at /problems/{rule}: the rules of its domain errors,
 * the rules its code names as data, and the constraints of its requests.
 */
class ProblemTypesTest {
    private static final String PACKAGE = "ca.imp.deadlineservice";

    @Test
    void every_rule_the_service_answers_has_a_page() {
        var rules = RuleNames.answeredBy(PACKAGE, Path.of("src/main/java"), ProblemMappers::ruleOfConstraint);
        assertEquals(Set.of(), new ProblemCatalogue().uncatalogued(rules));
    }
}
