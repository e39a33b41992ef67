package ca.imp.deploy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.restassured.http.ContentType;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.EventJson;
import ca.imp.contract.Topics;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.embedded.TopicClient;

/**
 * deploy/reconcile on the packaged system: nothing to report after a refusal that reached every service, and the
 * offer listed once a decision reaches only some of them.
 */
class ReconcileEndToEndTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String EMPLOYER = TestCallers.employer(ExampleOffer.BUSINESS_NUMBER);
    private static final String OFFICER = TestCallers.officer();
    @RegisterExtension
    static final PackagedProduct PRODUCT = new PackagedProduct("reconcile");
    private static TopicClient kafka;

    @BeforeAll
    static void start() {
        kafka = new TopicClient(PRODUCT.stack().kafka().bootstrapServers());
    }


    @Test
    void the_services_agree_after_a_refusal_and_disagree_on_a_decision_decision_service_never_recorded() throws Exception {
        String consistent = paidOffer();
        refuse(consistent);
        awaitJudicialReview(consistent);
        paidOffer();

        Reconciled agreed = reconcile(10);
        assertEquals(0, agreed.exitCode(), agreed.output());
        assertTrue(agreed.output().contains("the three services agree on all 2 offers"), agreed.output());

        // A decision that reached offer-service and deadline-service but not decision-service, as when
        // decision-service dead-letters or loses it: the first two act on it, the third never knew.
        String diverging = paidOffer();
        UUID eventId = UUID.randomUUID();
        kafka.send(Topics.DECISIONS, diverging, EventJson.mapper().writeValueAsString(new DecisionRendered(diverging + "-1",
                        diverging, DecisionOutcome.REFUSED, LocalDate.parse("2026-06-16"), LocalDate.parse("2026-06-16"),
                        ApplicantLocation.INSIDE_CANADA, List.of("NOT_TEMPORARY"), true)),
                new EventEnvelope(eventId, "DecisionRendered", "/decision-service", diverging, Instant.now(), 1, eventId, null));
        awaitJudicialReview(diverging);

        Reconciled diverged = reconcile(2);
        System.out.println(diverged.output());
        assertEquals(1, diverged.exitCode(), diverged.output());
        assertTrue(diverged.output().lines().anyMatch(line -> line.startsWith(diverging + ": ") && line.endsWith("(rule 5)")),
                diverged.output());
        assertFalse(diverged.output().contains(consistent + ": "), diverged.output());
    }

    private record Reconciled(int exitCode, String output) {
    }

    private static Reconciled reconcile(int settleSeconds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = Reconcile.exitCode(new String[] {
                "--offer-service", PRODUCT.url("offer-service"), "--decision-service", PRODUCT.url("decision-service"),
                "--deadline-service", PRODUCT.url("deadline-service"), "--token", TestCallers.ops(),
                "--settle", Integer.toString(settleSeconds)}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        return new Reconciled(exitCode, out.toString(StandardCharsets.UTF_8));
    }

    private static String paidOffer() {
        String number = given().baseUri(PRODUCT.url("offer-service")).auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                .body(ExampleOffer.JSON).when().post("/offers").then().statusCode(201).extract().path("offerNumber");
        given().baseUri(PRODUCT.url("offer-service")).auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                .body("{\"amount\": 230.00, \"currency\": \"CAD\"}")
                .when().post("/offers/" + number + "/fee-payments").then().statusCode(200);
        return number;
    }

    private static void refuse(String offerNumber) {
        String registration = "{\"offerNumber\": \"" + offerNumber + "\", \"applicantLocation\": \"INSIDE_CANADA\","
                + " \"submittedOn\": \"" + ExampleOffer.today() + "\"}";
        String applicationId = await().atMost(WITHIN).until(() -> given().baseUri(PRODUCT.url("decision-service")).auth()
                .oauth2(OFFICER).contentType(ContentType.JSON).body(registration).when().post("/applications")
                .then().extract().<String>path("applicationId"), Objects::nonNull);
        given().baseUri(PRODUCT.url("decision-service")).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"outcome\": \"REFUSED\", \"decidedOn\": \"" + ExampleOffer.today() + "\", \"communicatedOn\": \""
                        + ExampleOffer.today() + "\","
                        + " \"grounds\": [\"NOT_TEMPORARY\"], \"factors\": [\"TRAVEL_HISTORY\"]}")
                .when().post("/applications/" + applicationId + "/decision").then().statusCode(200);
        await().atMost(WITHIN).untilAsserted(() -> given().baseUri(PRODUCT.url("offer-service")).auth().oauth2(EMPLOYER)
                .get("/offers/" + offerNumber).then().body("status", equalTo("REFUSED")));
    }

    private static void awaitJudicialReview(String offerNumber) {
        await().atMost(WITHIN).untilAsserted(() -> given().baseUri(PRODUCT.url("deadline-service")).auth().oauth2(EMPLOYER)
                .queryParam("offerNumber", offerNumber).queryParam("kind", "JUDICIAL_REVIEW_LEAVE").get("/deadlines")
                .then().statusCode(200).body("total", greaterThan(0)));
    }
}
