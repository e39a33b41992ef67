package ca.imp.decisionservice;

import static ca.imp.accesstesting.AuthorizationSweep.EMPLOYER_A;
import static io.restassured.RestAssured.given;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.accesstesting.AuthorizationSweep;
import ca.imp.accesstesting.AuthorizationSweep.Call;
import ca.imp.accesstesting.OpsEntries;
import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;

/** Every decision-service operation, as every kind of caller, answers as docs/security.md says. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "decisions"))
class AuthorizationMatrixTest {
    /** A's GCMS requester: personal data, for A's own callers only. */
    private static final String REQUESTER = "Zelda Requester-Alpha";
    /** Dates only A's applications carry: records of A, which no refused caller may see. */
    private static final String SUBMITTED_ON = "2026-02-13";
    private static final String FILED_ON = "2026-02-20";
    private static final String GCMS_REQUEST = """
            {"act": "ACCESS_TO_INFORMATION", "filedOn": "%s",
             "requester": {"name": "%s", "role": "APPLICANT", "inCanada": true}}""".formatted(FILED_ON, REQUESTER);
    private static final String DECISION = """
            {"outcome": "REFUSED", "decidedOn": "2026-03-02", "grounds": ["INSUFFICIENT_FUNDS"]}""";

    private final OffersTopic offers = new OffersTopic();

    @TestHTTPResource("/")
    URL url;

    @Inject
    Pool pool;

    @Test
    void every_operation_answers_every_caller_as_the_matrix_says() {
        AuthorizationSweep.sweep("decision-service", url.toString().replaceAll("/$", ""), this::call, List.of(REQUESTER),
                List.of(SUBMITTED_ON, FILED_ON));
    }

    private Call call(String operation) {
        return switch (operation) {
            case "POST /applications" -> Call.post("/applications", applicationWith(offers.readyOffer(EMPLOYER_A)))
                    .whenForeign(422);
            case "GET /applications/{applicationId}" -> Call.get("/applications/" + application());
            case "POST /applications/{applicationId}/decision" -> Call.post("/applications/" + application() + "/decision", DECISION);
            case "GET /applications/{applicationId}/next-steps" -> Call.get("/applications/" + refusedApplication() + "/next-steps");
            case "POST /applications/{applicationId}/gcms-requests" ->
                    Call.post("/applications/" + application() + "/gcms-requests", GCMS_REQUEST);
            case "GET /applications/{applicationId}/gcms-requests" -> {
                String id = application();
                requestNotes(id);
                yield Call.get("/applications/" + id + "/gcms-requests");
            }
            case "POST /applications/{applicationId}/gcms-requests/{requestId}/receipt" -> {
                String id = application();
                yield Call.post("/applications/" + id + "/gcms-requests/" + requestNotes(id) + "/receipt",
                        "{\"receivedOn\": \"2026-03-20\"}");
            }
            case "GET /offers/{offerNumber}/applications" -> {
                String id = application();
                yield Call.get("/offers/" + id.substring(0, id.indexOf('-')) + "/applications");
            }
            case "GET /ops/offers/{offerNumber}/facts" -> {
                String id = refusedApplication();
                yield Call.get("/ops/offers/" + id.substring(0, id.indexOf('-')) + "/facts");
            }
            case "GET /ops/offer-facts" -> {
                refusedApplication();
                yield Call.get("/ops/offer-facts");
            }
            case "GET /ops/parked-events" -> Call.get("/ops/parked-events");
            case "POST /ops/parked-events/{id}/retry" -> Call.post("/ops/parked-events/" + OpsEntries.parkedEvent(pool) + "/retry", "{}");
            case "POST /ops/parked-events/retry" -> Call.post("/ops/parked-events/retry", "{}");
            case "GET /ops/dead-letters" -> Call.get("/ops/dead-letters");
            case "POST /ops/dead-letters/{id}/retry" ->
                    Call.post("/ops/dead-letters/" + OpsEntries.deadLetter(pool, "decision-service/offers") + "/retry", "{}");
            default -> throw new IllegalArgumentException("no fixture for " + operation);
        };
    }

    private static String applicationWith(String offerNumber) {
        return """
                {"offerNumber": "%s", "applicantLocation": "INSIDE_CANADA", "submittedOn": "%s"}""".formatted(offerNumber, SUBMITTED_ON);
    }

    /** A fresh application of A's, on a fresh offer decision-service knows. */
    private String application() {
        return given().auth().oauth2(TestCallers.employer(EMPLOYER_A)).contentType(ContentType.JSON)
                .body(applicationWith(offers.readyOffer(EMPLOYER_A))).post("/applications")
                .then().statusCode(201).extract().path("applicationId");
    }

    private String refusedApplication() {
        String id = application();
        given().auth().oauth2(TestCallers.officer()).contentType(ContentType.JSON).body(DECISION)
                .post("/applications/" + id + "/decision").then().statusCode(200);
        return id;
    }

    private static String requestNotes(String applicationId) {
        return given().auth().oauth2(TestCallers.employer(EMPLOYER_A)).contentType(ContentType.JSON).body(GCMS_REQUEST)
                .post("/applications/" + applicationId + "/gcms-requests").then().statusCode(201).extract().path("requestId");
    }
}
