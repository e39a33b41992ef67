package ca.imp.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.stream.Stream;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.vertx.pgclient.PgException;

/**
 * What a problem may say: a short, printable excerpt of the client's input, no name of code, and
 * for a value PostgreSQL refuses a 400 naming the rule, without the SQL text. (The requests that
 * reach these are tried against a running service in offer-service's RestEdgeTest.)
 */
class ProblemTextsTest {

    @Test
    void an_echo_of_input_is_at_most_60_characters_and_printable() {
        String echoed = Echo.of("a\u0000b\u001b".repeat(1000));
        assertEquals(61, echoed.length());
        assertTrue(echoed.chars().noneMatch(Character::isISOControl), echoed);
    }

    static Stream<Arguments> refusedValues() {
        return Stream.of(Arguments.of("22P05", "unstorable-value"), Arguments.of("22021", "unstorable-value"),
                Arguments.of("22003", "unstorable-value"), Arguments.of("22008", "unstorable-value"),
                Arguments.of("22007", "unstorable-value"), Arguments.of("2201X", "invalid-page"),
                Arguments.of("2201W", "invalid-page"));
    }

    @ParameterizedTest(name = "SQLSTATE {0} is {1}")
    @MethodSource("refusedValues")
    void a_value_the_database_refuses_is_a_400_naming_the_rule_not_the_sql(String state, String rule) {
        var refused = new PgException("unsupported Unicode escape sequence in INSERT INTO events", "ERROR", state, "\\u0000");
        Response response = new ProblemMappers().unexpected(new IllegalStateException("wrapped", refused));
        Problem problem = (Problem) response.getEntity();
        assertEquals(400, response.getStatus());
        assertEquals(rule, problem.rule());
        assertFalse(InternalNames.in(problem.detail()) || problem.detail().contains("INSERT"), problem.detail());
    }

    static Stream<Throwable> outages() {
        return Stream.of(new PgException("terminating connection due to administrator command", "FATAL", "57P01", null),
                new PgException("the database system is in recovery mode", "FATAL", "57P03", null),
                new ConnectException("Connection refused: localhost/127.0.0.1:5432"));
    }

    @ParameterizedTest
    @MethodSource("outages")
    void a_database_outage_is_a_503_to_retry_after_a_few_seconds_not_an_internal_error(Throwable outage) {
        Response response = new ProblemMappers().unexpected(new IllegalStateException("wrapped", outage));
        Problem problem = (Problem) response.getEntity();
        assertEquals(503, response.getStatus());
        assertEquals("temporarily-unavailable", problem.rule());
        assertEquals("2", response.getHeaderString("Retry-After"));
        assertFalse(InternalNames.in(problem.detail()) || problem.detail().contains("5432"), problem.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ca.imp.deadlineservice.api.PreviewRequest", "use `StreamReadConstraints.getMaxNestingDepth()`",
            "`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled", "java.lang.NullPointerException"})
    void a_detail_that_quotes_code_never_leaves(String leak) {
        Response response = new ProblemMappers().problem(new ProblemException(Problem.of(400, "Invalid request", "x", leak)));
        assertFalse(InternalNames.in(((Problem) response.getEntity()).detail()));
    }
}
