package ca.imp.offerservice.api;

import static io.restassured.RestAssured.given;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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
import ca.imp.offerservice.EmployerPortal;

/** docs/security.md's offer-service matrix, called as every kind of caller on employer A's offers. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class AuthorizationMatrixTest {
    private static final String A = AuthorizationSweep.EMPLOYER_A;
    private static final String LEGAL_NAME = "Alpha Matrix Robotics Ltd.";
    private static final String FAMILY_NAME = "Zubrowska";
    private static final String PASSPORT = "MX7731904";
    private static final String CONTACT_EMAIL = "matrix-hr@alpha-robotics.example";
    private static final String OFFER_OF_A = EmployerPortal.OFFER
            .replace(EmployerPortal.BUSINESS_NUMBER, A)
            .replace("Maple Robotics Inc.", LEGAL_NAME)
            .replace("Dupont", FAMILY_NAME)
            .replace("19AB12345", PASSPORT)
            .replace("hr@maple-robotics.example", CONTACT_EMAIL);
    private static final String PAYMENT = "{\"amount\": 230, \"currency\": \"CAD\"}";

    @TestHTTPResource("/")
    URL url;

    @Inject
    Pool pool;

    private static String offerOfA() {
        return given().auth().oauth2(TestCallers.employer(A)).contentType(ContentType.JSON).body(OFFER_OF_A)
                .post("/offers").then().statusCode(201).extract().path("offerNumber");
    }

    private static String groupOfA() {
        return given().auth().oauth2(TestCallers.employer(A)).contentType(ContentType.JSON)
                .body(EmployerPortal.artistsGroup(OFFER_OF_A, OFFER_OF_A, OFFER_OF_A))
                .post("/offer-groups").then().statusCode(201).extract().path("groupId");
    }

    private static String post(String offerNumber, String action, String body) {
        given().auth().oauth2(TestCallers.employer(A)).contentType(ContentType.JSON).body(body)
                .post("/offers/" + offerNumber + action).then().statusCode(200);
        return offerNumber;
    }

    /** The service's today is the day in its zone (imp.time-zone), which the dates sent are checked against. */
    private static final ZoneId CANADA = ZoneId.of("America/Toronto");
    private static final String INSPECTIONS_OF_A = "/employers/" + A + "/inspections";

    /** An inspection of A covering a fresh offer of A, with the steps given as paths and bodies recorded on it. */
    private static String inspectionOfA(String... steps) {
        String notice = "{\"offerNumbers\": [\"" + offerOfA() + "\"], \"noticeOn\": \"" + LocalDate.now(CANADA).minusDays(30)
                + "\", \"documentsDueOn\": \"" + LocalDate.now(CANADA) + "\"}";
        String at = INSPECTIONS_OF_A + "/" + given().auth().oauth2(TestCallers.employer(A)).contentType(ContentType.JSON).body(notice)
                .post(INSPECTIONS_OF_A).then().statusCode(201).extract().path("inspectionId");
        for (int i = 0; i < steps.length; i += 2) {
            given().auth().oauth2(TestCallers.employer(A)).contentType(ContentType.JSON).body(steps[i + 1])
                    .post(at + steps[i]).then().statusCode(200);
        }
        return at;
    }

    private static final String WEBHOOKS_OF_A = "/employers/" + A + "/webhook-subscriptions";
    // a receiver nobody listens at: no event of these types happens in the sweep, so nothing is sent to it
    private static final String WEBHOOK = "{\"url\": \"http://127.0.0.1:9/hooks\", \"eventTypes\": [\"GcmsNotesReceived\"]}";

    /** The address of a fresh webhook subscription of A. */
    private static String webhookOfA() {
        return WEBHOOKS_OF_A + "/" + given().auth().oauth2(TestCallers.employer(A)).contentType(ContentType.JSON).body(WEBHOOK)
                .post(WEBHOOKS_OF_A).then().statusCode(201).extract().path("subscriptionId");
    }

    private static final String AMP_DETERMINED = "{\"outcome\": \"AMP\", \"penalty\": {\"amount\": 5000, \"currency\": \"CAD\"},"
            + " \"sentOn\": \"" + LocalDate.now(CANADA).minusDays(1) + "\"}";

    private Call call(String operation) {
        return switch (operation) {
            case "POST /offers" -> Call.post("/offers", OFFER_OF_A).whenForeign(403);
            case "GET /offers/{offerNumber}" -> Call.get("/offers/" + offerOfA());
            case "GET /offers/{offerNumber}/history" -> Call.get("/offers/" + offerOfA() + "/history");
            case "GET /offers/{offerNumber}/inspection-pack" -> Call.get("/offers/" + offerOfA() + "/inspection-pack");
            case "POST /offers/{offerNumber}/resubmissions" ->
                    Call.post("/offers/" + post(offerOfA(), "/withdrawal", "{}") + "/resubmissions", "{}");
            // an offer not approved: allowed callers get past the door to the rule (409), the others do not
            case "POST /offers/{offerNumber}/extensions" -> Call.post("/offers/" + offerOfA() + "/extensions", "{}");
            case "GET /offers/{offerNumber}/chain" -> Call.get("/offers/" + offerOfA() + "/chain");
            case "POST /offers/{offerNumber}/fee-payments" -> Call.post("/offers/" + offerOfA() + "/fee-payments", PAYMENT);
            case "POST /offers/{offerNumber}/withdrawal" -> Call.post("/offers/" + offerOfA() + "/withdrawal", "{}");
            case "POST /offers/{offerNumber}/fee-refunds" -> Call.post("/offers/"
                    + post(post(offerOfA(), "/fee-payments", PAYMENT), "/withdrawal", "{}") + "/fee-refunds", PAYMENT);
            // an offer not approved: allowed callers get past the door to the rule (409), the others do not
            case "POST /offers/{offerNumber}/employment-start" -> Call.post("/offers/" + offerOfA() + "/employment-start", "{}");
            case "POST /offer-groups" -> Call.post("/offer-groups", EmployerPortal.artistsGroup(OFFER_OF_A, OFFER_OF_A, OFFER_OF_A))
                    .whenForeign(403);
            case "GET /offer-groups/{groupId}" -> Call.get("/offer-groups/" + groupOfA());
            case "GET /offers/{offerNumber}/compliance" -> Call.get("/offers/" + offerOfA() + "/compliance");
            case "POST /offers/{offerNumber}/compliance-evidence" -> Call.post("/offers/" + offerOfA() + "/compliance-evidence",
                    "{\"obligation\": \"NO_FEE_RECOVERED\", \"reference\": \"Attestation 1\", \"documentOn\": \"2026-05-01\"}");
            // an offer not approved: allowed callers get past the door to the rule (409), the others do not
            case "POST /offers/{offerNumber}/employment-changes" -> Call.post("/offers/" + offerOfA() + "/employment-changes",
                    "{\"effectiveOn\": \"2027-01-01\", \"duties\": \"More robots.\", \"documents\": [\"Letter 12\"]}");
            case "DELETE /offers/{offerNumber}/worker" -> Call.delete("/offers/" + offerOfA() + "/worker");
            case "GET /employers/{businessNumber}/offers" -> {
                offerOfA();
                yield Call.get("/employers/" + A + "/offers");
            }
            case "GET /employers/{businessNumber}/fees" -> {
                offerOfA();
                yield Call.get("/employers/" + A + "/fees");
            }
            case "GET /employers/{businessNumber}/cost-forecast" -> Call.get("/employers/" + A + "/cost-forecast?plannedHires=3");
            case "GET /employers/{businessNumber}/compliance" -> {
                offerOfA();
                yield Call.get("/employers/" + A + "/compliance");
            }
            case "POST /employers/{businessNumber}/inspections" -> Call.post(INSPECTIONS_OF_A, "{\"offerNumbers\": [\"" + offerOfA()
                    + "\"], \"noticeOn\": \"" + LocalDate.now(CANADA) + "\", \"documentsDueOn\": \"" + LocalDate.now(CANADA) + "\"}");
            case "GET /employers/{businessNumber}/inspections" -> {
                inspectionOfA();
                yield Call.get(INSPECTIONS_OF_A);
            }
            case "GET /employers/{businessNumber}/inspections/{inspectionId}" -> Call.get(inspectionOfA());
            case "POST /employers/{businessNumber}/inspections/{inspectionId}/preliminary-finding" ->
                    Call.post(inspectionOfA() + "/preliminary-finding", "{\"sentOn\": \"" + LocalDate.now(CANADA) + "\"}");
            // no preliminary finding: allowed callers get past the door to the rule (409), the others do not
            case "POST /employers/{businessNumber}/inspections/{inspectionId}/preliminary-finding-response" ->
                    Call.post(inspectionOfA() + "/preliminary-finding-response", "{\"reference\": \"HR-1\"}");
            case "POST /employers/{businessNumber}/inspections/{inspectionId}/determination" ->
                    Call.post(inspectionOfA() + "/determination", AMP_DETERMINED);
            case "POST /employers/{businessNumber}/inspections/{inspectionId}/penalty-payment" ->
                    Call.post(inspectionOfA("/determination", AMP_DETERMINED) + "/penalty-payment",
                            "{\"amount\": 5000, \"currency\": \"CAD\"}");
            case "PUT /employers/{businessNumber}/reminder-recipients" -> new Call("PUT", "/employers/" + A + "/reminder-recipients",
                    "{\"emails\": [\"counsel@alpha-robotics.example\"]}", 404);
            case "GET /employers/{businessNumber}/reminder-recipients" -> Call.get("/employers/" + A + "/reminder-recipients");
            case "GET /employers/{businessNumber}/reminder-mails" -> Call.get("/employers/" + A + "/reminder-mails");
            case "POST /employers/{businessNumber}/webhook-subscriptions" -> Call.post(WEBHOOKS_OF_A, WEBHOOK);
            case "GET /employers/{businessNumber}/webhook-subscriptions" -> {
                webhookOfA();
                yield Call.get(WEBHOOKS_OF_A);
            }
            case "GET /employers/{businessNumber}/webhook-subscriptions/{subscriptionId}" -> Call.get(webhookOfA());
            case "DELETE /employers/{businessNumber}/webhook-subscriptions/{subscriptionId}" -> Call.delete(webhookOfA());
            case "POST /employers/{businessNumber}/webhook-subscriptions/{subscriptionId}/secret-rotations" ->
                    Call.post(webhookOfA() + "/secret-rotations", "{}");
            case "GET /employers/{businessNumber}/webhook-subscriptions/{subscriptionId}/deliveries" ->
                    Call.get(webhookOfA() + "/deliveries");
            case "GET /reference/exemption-codes" -> Call.get("/reference/exemption-codes");
            case "GET /reference/fee-exemption-programs" -> Call.get("/reference/fee-exemption-programs");
            case "GET /ops/personal-data-reads" -> Call.get("/ops/personal-data-reads");
            case "GET /ops/offers/{offerNumber}/facts" -> Call.get("/ops/offers/" + offerOfA() + "/facts");
            case "GET /ops/offer-facts" -> {
                offerOfA();
                yield Call.get("/ops/offer-facts");
            }
            case "GET /ops/parked-events" -> Call.get("/ops/parked-events");
            case "POST /ops/parked-events/{id}/retry" -> Call.post("/ops/parked-events/" + OpsEntries.parkedEvent(pool) + "/retry", "{}");
            case "POST /ops/parked-events/retry" -> Call.post("/ops/parked-events/retry", "{}");
            case "GET /ops/dead-letters" -> Call.get("/ops/dead-letters");
            case "POST /ops/dead-letters/{id}/retry" ->
                    Call.post("/ops/dead-letters/" + OpsEntries.deadLetter(pool, "offer-service/decisions") + "/retry", "{}");
            default -> throw new IllegalArgumentException("no fixture for " + operation);
        };
    }

    @Test
    void every_operation_answers_every_caller_as_the_matrix_says() {
        AuthorizationSweep.sweep("offer-service", url.toString().replaceAll("/$", ""), this::call,
                List.of(FAMILY_NAME, PASSPORT, CONTACT_EMAIL), List.of(LEGAL_NAME));
    }
}
