package ca.imp.decisionservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

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
import ca.imp.decisionservice.OffersTopic;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.eventstore.runtime.Today;

/**
 * Every field of decision-service's requests has a range, and a value outside it is a 400 problem
 * naming the field and the rule. The date ranges are those offer-service and deadline-service check
 * on the events these requests produce, so a decision refused here is never published.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "decisions"))
class FieldRangesTest {
    private static final String EMPLOYER = TestCallers.employer(OffersTopic.EMPLOYER);
    private static final String OFFICER = TestCallers.officer();
    private static final String ANY_APPLICATION = "/applications/A1234567-1";

    @Inject
    Today today;

    private static ValidatableResponse refused(ValidatableResponse response, String field, String rule) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("field", equalTo(field)).body("rule", equalTo(rule))
                .body("detail", not(containsString("ca.imp"))).body("detail", not(containsString("jakarta")));
    }

    private static ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2014-12-31", "-0001-01-01", "-999999999-01-01", "+999999999-12-31"})
    void a_decision_cannot_be_dated_before_the_portal_existed_nor_after_today(String decidedOn) {
        refused(post(OFFICER, ANY_APPLICATION + "/decision", "{\"outcome\": \"APPROVED\", \"decidedOn\": \"" + decidedOn + "\", \"permitExpiresOn\": \"2028-06-15\"}"),
                "decidedOn", "in-date-range")
                .body("detail", equalTo("decidedOn: must be between 2015-01-01 and today (" + today.date() + ")"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2014-12-31", "-0001-01-01", "+999999999-12-31"})
    void a_decision_cannot_be_communicated_before_the_portal_existed_nor_after_today(String communicatedOn) {
        refused(post(OFFICER, ANY_APPLICATION + "/decision", "{\"outcome\": \"APPROVED\", \"decidedOn\": \"2026-06-16\", \"permitExpiresOn\": \"2028-06-15\","
                + " \"communicatedOn\": \"" + communicatedOn + "\"}"), "communicatedOn", "in-date-range");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2014-12-31", "-0001-01-01", "+999999999-12-31"})
    void an_application_cannot_be_submitted_before_the_portal_existed_nor_after_today(String submittedOn) {
        refused(post(EMPLOYER, "/applications", "{\"offerNumber\": \"A1234567\", \"applicantLocation\": \"INSIDE_CANADA\","
                + " \"submittedOn\": \"" + submittedOn + "\"}"), "submittedOn", "in-date-range");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2014-12-31", "-999999999-01-01", "+999999999-12-31"})
    void a_gcms_request_cannot_be_filed_nor_answered_before_the_portal_existed_nor_after_today(String date) {
        refused(post(EMPLOYER, ANY_APPLICATION + "/gcms-requests", "{\"act\": \"ACCESS_TO_INFORMATION\", \"filedOn\": \"" + date
                + "\", \"requester\": {\"name\": \"A\", \"role\": \"APPLICANT\", \"inCanada\": true}}"), "filedOn", "in-date-range");
        refused(post(EMPLOYER, ANY_APPLICATION + "/gcms-requests/A1234567-1-G1/receipt", "{\"receivedOn\": \"" + date + "\"}"),
                "receivedOn", "in-date-range");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NUL            | A\\u0000B
            escape         | A\\u001b[2JB
            line break     | A\\nB
            """)
    void a_requesters_name_has_no_control_characters(String why, String name) {
        refused(post(EMPLOYER, ANY_APPLICATION + "/gcms-requests", "{\"act\": \"ACCESS_TO_INFORMATION\", \"requester\":"
                + " {\"name\": \"" + name + "\", \"role\": \"APPLICANT\", \"inCanada\": true}}"), "requester.name", "plain-text");
    }
}
