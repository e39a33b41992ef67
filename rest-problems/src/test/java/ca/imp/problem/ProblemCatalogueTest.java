package ca.imp.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.MoneyRange;
import ca.imp.contract.range.TextRange;

/** Every rule the REST edge itself answers has a page saying what it means (each service's own rules are its tests'). */
class ProblemCatalogueTest {
    /** A rule named where a problem or a violation is made: {@code Problem.of(400, "Title", "rule", ...)}, {@code ofField(.., field, "rule", ..)}. */
    private static final Pattern NAMED = Pattern.compile(
            "(?:Problem\\.of\\(\\d+, \"[^\"]*\"|Problem\\.ofField\\(\\d+, \"[^\"]*\", [^,]+|new Problem\\.Violation\\(\"[^\"]*\"), \"([a-z0-9-]+)\"");

    private final ProblemCatalogue catalogue = new ProblemCatalogue();

    @Test
    void every_rule_the_edge_answers_has_a_page() throws IOException {
        Set<String> rules = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/ca/imp/problem"))) {
            for (Path source : sources.toList()) {
                Matcher named = NAMED.matcher(Files.readString(source));
                while (named.find()) {
                    rules.add(named.group(1));
                }
            }
        }
        IntStream.rangeClosed(400, 599).forEach(status -> rules.add(HttpProblems.of(status).rule()));
        rules.addAll(Set.of(TextRange.RULE, DateRange.RULE, MoneyRange.RULE, QueryDate.RULE));
        assertFalse(rules.size() < 30, "the scan found the edge's rules: " + rules);
        assertEquals(Set.of(), catalogue.uncatalogued(rules));
    }

    @Test
    void a_problem_answered_to_a_request_points_to_its_page_on_that_service_and_names_the_request() {
        Problem located = Problem.of(404, "Not found", "no-such-resource", "There is nothing here.")
                .locatedAt("https://offers.example", "/offers/A1234567?page=2");
        assertEquals("https://offers.example/problems/no-such-resource", located.type());
        assertEquals("/offers/A1234567?page=2", located.instance());
    }

    @Test
    void each_page_says_the_status_its_rule_answers() {
        assertEquals(401, catalogue.find("authentication-required").orElseThrow().status());
        assertEquals(503, catalogue.find("temporarily-unavailable").orElseThrow().status());
    }
}
