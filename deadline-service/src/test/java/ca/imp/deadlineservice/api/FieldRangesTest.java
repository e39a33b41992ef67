package ca.imp.deadlineservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.eventstore.runtime.Today;

/**
 * Every field and query parameter of deadline-service's requests has a range, and a value outside
 * it is a 400 problem naming the field and the rule, whatever the value (the extremes are those a
 * fuzzer sent; the first once stalled the deadline view for good).
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class FieldRangesTest {
    @Inject
    Today today;

    private static RequestSpecification asEmployer() {
        return given().auth().oauth2(TestCallers.employer("123456789"));
    }

    private static ValidatableResponse refused(ValidatableResponse response, String field, String rule) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("field", equalTo(field)).body("rule", equalTo(rule))
                .body("detail", not(containsString("ca.imp"))).body("detail", not(containsString("jakarta")));
    }

    private static ValidatableResponse post(String path, String body) {
        return asEmployer().contentType("application/json").body(body).when().post(path).then();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-999999999-01-01", "+999999999-12-31", "-0001-01-01", "2014-12-31"})
    void a_deadline_cannot_be_met_before_the_portal_existed_nor_after_today(String metOn) {
        refused(post("/deadlines/" + UUID.randomUUID() + "/met", "{\"metOn\": \"" + metOn + "\"}"), "metOn", "in-date-range")
                .body("detail", equalTo("metOn: must be between 2015-01-01 and today (" + today.date() + ")"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\u0000", "\\u001b[2J", "\\u007f"})
    void a_note_on_a_met_deadline_has_no_control_characters_but_may_have_lines(String control) {
        refused(post("/deadlines/" + UUID.randomUUID() + "/met", "{\"note\": \"filed" + control + "today\"}"), "note", "plain-text");
        post("/deadlines/" + UUID.randomUUID() + "/met", "{\"note\": \"filed\\n\\tin person\"}").statusCode(404);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            decidedOn     | -0001-01-01
            decidedOn     | +999999999-12-31
            decidedOn     | -999999999-01-01
            decidedOn     | 2014-12-31
            communicatedOn | +999999999-12-31
            communicatedOn | -0001-01-01
            """)
    void a_preview_is_of_a_decision_between_the_portals_start_and_a_year_ahead(String field, String date) {
        String body = "{\"outcome\": \"REFUSED\", \"decidedOn\": \"2026-06-16\", \"applicantLocation\": \"INSIDE_CANADA\"}"
                .replace("\"decidedOn\": \"2026-06-16\"", field.equals("decidedOn")
                        ? "\"decidedOn\": \"" + date + "\""
                        : "\"decidedOn\": \"2026-06-16\", \"communicatedOn\": \"" + date + "\"");
        refused(post("/deadlines/preview", body), field, "in-date-range");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            page | 2147483647
            page | 10001
            page | -1
            size | 201
            size | 0
            """)
    void the_deadline_list_is_paged_within_bounds(String parameter, String value) {
        refused(asEmployer().queryParam(parameter, value).when().get("/deadlines").then(), parameter,
                value.startsWith("-") || value.equals("0") ? "min" : "max");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            kind   | judicial_review_leave | JUDICIAL_REVIEW_LEAVE, RESTORATION, GCMS_RESPONSE, FEE_REFUND_FOLLOW_UP, MISREPRESENTATION_BAR_ENDS, RECORD_RETENTION_ENDS, WORK_PERMIT_EXPIRY, INSPECTION_DOCUMENTS_DUE, PRELIMINARY_FINDING_RESPONSE_DUE, AMP_PAYMENT_DUE, RIGHTS_INFORMATION_DUE
            status | CLOSED                | OPEN, MET, ELAPSED
            """)
    void a_filter_of_a_listed_kind_takes_only_the_values_listed_and_says_which(String parameter, String value, String allowed) {
        refused(asEmployer().queryParam(parameter, value).when().get("/deadlines").then(), parameter, "invalid-value")
                .body("detail", equalTo("'" + parameter + "' must be one of " + allowed + ", not '" + value + "'"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            applicationId | plain-text
            offerNumber   | plain-text
            employer      | plain-text
            kind          | plain-text
            status        | plain-text
            dueFrom       | plain-text
            dueTo         | plain-text
            """)
    void a_query_parameter_has_no_control_characters(String parameter, String rule) {
        refused(given().auth().oauth2(TestCallers.ops()).queryParam(parameter, "A\u0000").when().get("/deadlines").then(),
                parameter, rule);
    }
}
