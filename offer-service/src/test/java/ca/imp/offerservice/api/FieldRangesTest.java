package ca.imp.offerservice.api;

import static ca.imp.offerservice.EmployerPortal.asEmployer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.eventstore.runtime.Today;
import ca.imp.offerservice.EmployerPortal;

/**
 * Every field of offer-service's requests has a range, and a value outside it is a 400 problem
 * naming the field and the rule, whatever the value (the extremes are those a fuzzer sent).
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class FieldRangesTest {
    private static final String ANY_OFFER = "/offers/A1234567";

    @Inject
    Today today;

    private static void refused(ValidatableResponse response, String field, String rule) {
        response.statusCode(400).contentType("application/problem+json")
                .body("field", equalTo(field)).body("rule", equalTo(rule))
                .body("detail", not(containsString("ca.imp"))).body("detail", not(containsString("jakarta")));
    }

    private static ValidatableResponse post(String path, String body) {
        return asEmployer().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2014-12-31", "-0001-01-01", "-999999999-01-01", "+999999999-12-31"})
    void a_payment_cannot_be_dated_before_the_portal_existed_nor_after_today(String paidOn) {
        var response = post(ANY_OFFER + "/fee-payments", "{\"amount\": 230, \"currency\": \"CAD\", \"paidOn\": \"" + paidOn + "\"}");
        refused(response, "paidOn", "in-date-range");
        response.body("detail", equalTo("paidOn: must be between 2015-01-01 and today (" + today.date() + ")"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2014-12-31", "-0001-01-01", "+999999999-12-31"})
    void a_refund_cannot_be_dated_before_the_portal_existed_nor_after_today(String refundedOn) {
        refused(post(ANY_OFFER + "/fee-refunds", "{\"amount\": 230, \"currency\": \"CAD\", \"refundedOn\": \"" + refundedOn + "\"}"),
                "refundedOn", "in-date-range");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2014-12-31", "-0001-01-01", "+999999999-12-31"})
    void a_withdrawal_cannot_be_dated_before_the_portal_existed_nor_after_today(String withdrawnOn) {
        refused(post(ANY_OFFER + "/withdrawal", "{\"withdrawnOn\": \"" + withdrawnOn + "\"}"), "withdrawnOn", "in-date-range");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"100000.01", "-0.01", "230.001"})
    void a_refund_is_in_dollars_and_cents_and_at_most_the_largest_fee(String amount) {
        var response = post(ANY_OFFER + "/fee-refunds", "{\"amount\": " + amount + ", \"currency\": \"CAD\"}");
        response.statusCode(400).contentType("application/problem+json")
                .body("violations.rule", hasItem("in-money-range"))
                .body("detail", containsString("must be an amount from 0 to 100000 with at most 2 decimals"));
        int size = response.extract().asString().length();
        assertTrue(size < 1000, "a problem of " + size + " characters");
    }

    /** The edge refuses it before any range is asked, in a short problem (it once answered with 2 MB). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/fee-refunds", "/fee-payments"})
    void an_amount_of_a_million_digits_is_refused_before_it_is_read(String operation) {
        var response = post(ANY_OFFER + operation, "{\"amount\": 1e1000000, \"currency\": \"CAD\"}");
        response.statusCode(400).contentType("application/problem+json").body("rule", equalTo("number-too-long"));
        int size = response.extract().asString().length();
        assertTrue(size < 1000, "a problem of " + size + " characters");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"100000.01", "230.001"})
    void a_fee_payment_is_in_dollars_and_cents_and_at_most_the_largest_fee(String amount) {
        refused(post(ANY_OFFER + "/fee-payments", "{\"amount\": " + amount + ", \"currency\": \"CAD\"}"), "amount", "in-money-range");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            -0001-01-01      | 1990-04-12 | worker.dateOfBirth
            +999999999-12-31 | 1990-04-12 | worker.dateOfBirth
            1911-01-01       | 1990-04-12 | worker.dateOfBirth
            2020-01-01       | 1990-04-12 | worker.dateOfBirth
            -999999999-01-01 | 2026-09-01 | job.startsOn
            +999999999-12-31 | 2026-09-01 | job.startsOn
            2014-12-31       | 2026-09-01 | job.startsOn
            +999999999-12-31 | 2028-08-31 | job.endsOn
            """)
    void a_worker_is_14_to_100_years_old_and_the_job_starts_and_ends_within_the_planning_window(String date, String replaced,
                                                                                                String field) {
        refused(post("/offers", EmployerPortal.OFFER.replace(replaced, date)), field, "in-date-range");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            employer.legalName         | "legalName": "Maple Robotics Inc."
            employer.operatingName     | "operatingName": "Maple Robotics"
            employer.address.street    | "street": "100 Queen St"
            employer.address.city      | "city": "Ottawa", "province": "ON", "postalCode"
            employer.contact.name      | "name": "Dana Tremblay"
            worker.familyName          | "familyName": "Dupont"
            worker.givenNames          | "givenNames": "Camille"
            job.title                  | "title": "Robotics engineer"
            job.duties                 | "duties": "Design and test industrial robots."
            job.benefits               | "benefits": "Health and dental"
            job.location.city          | "city": "Ottawa", "province": "ON"}
            """)
    void free_text_has_no_control_characters(String field, String snippet) {
        String withNul = snippet.replaceFirst("\": \"(\\w)", "\": \"$1\\\\u0000");
        refused(post("/offers", EmployerPortal.OFFER.replace(snippet, withNul)), field, "plain-text");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\u0000", "\\u001b[31m", "\\u007f"})
    void a_withdrawal_reason_has_no_control_characters_but_may_have_lines(String control) {
        refused(post(ANY_OFFER + "/withdrawal", "{\"reason\": \"hired" + control + "locally\"}"), "reason", "plain-text");
        post("/offers/" + EmployerPortal.readyOffer() + "/withdrawal", "{\"reason\": \"hired locally\\n\\tafter all\"}")
                .statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/employers/123456789/offers", "/ops/personal-data-reads", "/reference/exemption-codes",
            "/reference/fee-exemption-programs", "/ops/parked-events", "/ops/offer-facts"})
    void a_page_number_is_bounded_so_that_the_rows_skipped_cannot_overflow(String list) {
        refused(given().auth().oauth2(TestCallers.ops()).queryParam("page", Integer.MAX_VALUE).when().get(list).then(),
                "page", "max");
        refused(given().auth().oauth2(TestCallers.ops()).queryParam("size", 201).when().get(list).then(), "size", "max");
        given().auth().oauth2(TestCallers.ops()).queryParam("page", 10_000).queryParam("size", 100).when().get(list).then()
                .statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /employers/123456789/offers | status | plain-text
            /ops/personal-data-reads    | reader | plain-text
            """)
    void a_query_parameter_has_no_control_characters(String list, String parameter, String rule) {
        refused(given().auth().oauth2(TestCallers.ops()).urlEncodingEnabled(true).queryParam(parameter, "a\u0000b")
                .when().get(list).then(), parameter, rule);
    }
}
