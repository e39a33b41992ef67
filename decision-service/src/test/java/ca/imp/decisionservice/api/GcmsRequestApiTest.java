package ca.imp.decisionservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.Topics;
import ca.imp.decisionservice.OffersTopic;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.embedded.TopicClient;

/** ATIP requests for GCMS notes through the REST API, and the events deadline-service turns into a deadline. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "decisions"))
class GcmsRequestApiTest {
    private static final String BY_THE_APPLICANT = """
            {"act": "ACCESS_TO_INFORMATION", "filedOn": "2026-06-20",
             "requester": {"name": "Camille Dupont", "role": "APPLICANT", "inCanada": true}}""";
    private static final String EMPLOYER = TestCallers.employer(OffersTopic.EMPLOYER);
    private static final String OFFICER = TestCallers.officer();
    private static final String REPRESENTATIVE = TestCallers.representative(OffersTopic.EMPLOYER);
    private final OffersTopic offers = new OffersTopic();

    private String refusedApplication(String location) {
        String offer = offers.readyOffer();
        String id = given().auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                .body("{\"offerNumber\": \"" + offer + "\", \"applicantLocation\": \"" + location + "\", \"submittedOn\": \"2026-05-01\"}")
                .post("/applications").then().statusCode(201).extract().path("applicationId");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"outcome\": \"REFUSED\", \"decidedOn\": \"2026-06-16\", \"grounds\": [\"INSUFFICIENT_FUNDS\"]}")
                .post("/applications/" + id + "/decision").then().statusCode(200);
        return id;
    }

    @Test
    void a_request_is_recorded_with_its_fee_and_due_date_published_and_closed_when_the_notes_arrive() {
        String id = refusedApplication("INSIDE_CANADA");

        String requestId = given().auth().oauth2(EMPLOYER).contentType(ContentType.JSON).body(BY_THE_APPLICANT)
                .when().post("/applications/" + id + "/gcms-requests")
                .then().statusCode(201)
                .body("requestId", equalTo(id + "-G1"))
                .body("fee", equalTo(5.00f))
                .body("currency", equalTo("CAD"))
                .body("requester.name", equalTo("Camille Dupont"))
                .body("responseDue.dueOn", equalTo("2026-07-20"))
                .body("status", equalTo("REQUESTED"))
                .extract().path("requestId");

        String receipt = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"receivedOn\": \"2026-07-10\"}")
                .when().post("/applications/" + id + "/gcms-requests/" + requestId + "/receipt")
                .then().statusCode(200).body("status", equalTo("RECEIVED")).body("receivedOn", equalTo("2026-07-10"))
                .extract().asString();
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"receivedOn\": \"2026-07-10\"}")
                .when().post("/applications/" + id + "/gcms-requests/" + requestId + "/receipt")
                .then().statusCode(200).body(equalTo(receipt));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"receivedOn\": \"2026-07-09\"}")
                .when().post("/applications/" + id + "/gcms-requests/" + requestId + "/receipt")
                .then().statusCode(409).body("rule", equalTo("gcms-notes-already-received"));
        given().auth().oauth2(EMPLOYER).get("/applications/" + id + "/gcms-requests").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].status", equalTo("RECEIVED"))
                .body("items[0].requester.name", equalTo("Camille Dupont"));

        List<ConsumerRecord<String, String>> published = new TopicClient(LocalStack.shared().kafka().bootstrapServers())
                .readUntil(Topics.DECISIONS, records -> records.stream().anyMatch(r -> r.value().contains(requestId)
                        && "GcmsNotesReceived".equals(TopicClient.eventType(r))), OffersTopic.WITHIN);
        ConsumerRecord<String, String> requested = published.stream().filter(r -> r.value().contains(requestId)
                && "GcmsNotesRequested".equals(TopicClient.eventType(r))).findFirst().orElseThrow();
        assertEquals(false, requested.value().contains("Camille"), "the requester's name stays out of the event");
    }

    @Test
    void the_privacy_act_is_free_for_an_applicant_in_canada() {
        String id = refusedApplication("INSIDE_CANADA");

        given().auth().oauth2(EMPLOYER)
                .contentType(ContentType.JSON).body(BY_THE_APPLICANT.replace("ACCESS_TO_INFORMATION", "PRIVACY"))
                .when().post("/applications/" + id + "/gcms-requests")
                .then().statusCode(201).body("fee", equalTo(0.0f)).body("act", equalTo("PRIVACY"));
    }

    @Test
    void a_representative_in_canada_files_for_an_applicant_abroad_with_consent() {
        String id = refusedApplication("OUTSIDE_CANADA");
        String byRepresentative = """
                {"act": "ACCESS_TO_INFORMATION", "filedOn": "2026-06-20", "consentOnFile": true,
                 "requester": {"name": "Dana Tremblay, RCIC", "role": "REPRESENTATIVE", "inCanada": true}}""";

        given().auth().oauth2(REPRESENTATIVE)
                .contentType(ContentType.JSON).body(byRepresentative).post("/applications/" + id + "/gcms-requests")
                .then().statusCode(201).body("requester.role", equalTo("REPRESENTATIVE")).body("consentOnFile", equalTo(true));
        given().auth().oauth2(REPRESENTATIVE)
                .contentType(ContentType.JSON).body(byRepresentative).post("/applications/" + id + "/gcms-requests")
                .then().statusCode(409).contentType("application/problem+json").body("rule", equalTo("gcms-request-open"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown act             | OUTSIDE_CANADA | {"act": "FOIA", "requester": {"name": "A", "role": "APPLICANT", "inCanada": true}}                      | 400 | invalid-value | act
            missing requester       | OUTSIDE_CANADA | {"act": "ACCESS_TO_INFORMATION"}                                                                        | 400 | not-null      | requester
            requester without name  | OUTSIDE_CANADA | {"act": "ACCESS_TO_INFORMATION", "requester": {"role": "APPLICANT", "inCanada": true}}                  | 400 | not-blank     | requester.name
            impossible date         | OUTSIDE_CANADA | {"act": "ACCESS_TO_INFORMATION", "filedOn": "2026-02-30", "requester": {"name": "A", "role": "APPLICANT", "inCanada": true}} | 400 | invalid-value | filedOn
            privacy act abroad      | OUTSIDE_CANADA | {"act": "PRIVACY", "consentOnFile": true, "requester": {"name": "A", "role": "REPRESENTATIVE", "inCanada": true}} | 422 | privacy-act-only-in-canada | act
            applicant abroad asks   | OUTSIDE_CANADA | {"act": "ACCESS_TO_INFORMATION", "requester": {"name": "A", "role": "APPLICANT", "inCanada": true}}     | 422 | applicant-abroad-needs-a-requester-in-canada | requester.role
            no consent              | OUTSIDE_CANADA | {"act": "ACCESS_TO_INFORMATION", "requester": {"name": "A", "role": "REPRESENTATIVE", "inCanada": true}} | 422 | consent-required | consentOnFile
            requester abroad        | INSIDE_CANADA  | {"act": "ACCESS_TO_INFORMATION", "requester": {"name": "A", "role": "APPLICANT", "inCanada": false}}    | 422 | requester-must-be-in-canada | requester.inCanada
            filed in the future     | INSIDE_CANADA  | {"act": "ACCESS_TO_INFORMATION", "filedOn": "2999-01-01", "requester": {"name": "A", "role": "APPLICANT", "inCanada": true}} | 400 | in-date-range | filedOn
            malformed JSON          | INSIDE_CANADA  | {"act":                                                                                                 | 400 | malformed-json |
            """)
    void bad_requests_get_a_problem_naming_field_and_rule(String why, String location, String body, int status, String rule,
                                                         String field) {
        String id = refusedApplication(location);

        var response = given().auth().oauth2(EMPLOYER)
                        .contentType(ContentType.JSON).body(body).post("/applications/" + id + "/gcms-requests")
                .then().statusCode(status).contentType("application/problem+json").body("rule", equalTo(rule))
                .body("detail", not(containsString("Exception")));
        if (field != null) {
            response.body("field", equalTo(field));
        }
    }

    @Test
    void notes_for_an_unknown_request_or_application_are_not_found() {
        String id = refusedApplication("INSIDE_CANADA");

        given().auth().oauth2(EMPLOYER)
                .contentType(ContentType.JSON).body("{}").post("/applications/" + id + "/gcms-requests/" + id + "-G7/receipt")
                .then().statusCode(404).contentType("application/problem+json").body("rule", equalTo("gcms-request-not-found"));
        given().auth().oauth2(EMPLOYER)
                .contentType(ContentType.JSON).body(BY_THE_APPLICANT).post("/applications/A0000002-4/gcms-requests")
                .then().statusCode(404).body("rule", equalTo("application-not-found"));
        given().auth().oauth2(EMPLOYER)
                .contentType(ContentType.JSON).body("{}").post("/applications/" + id + "/gcms-requests/bad-id/receipt")
                .then().statusCode(400).body("field", equalTo("requestId"));
    }
}
