package ca.imp.offerservice.webhooks;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.deadline.DeadlinePolicy;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.offerservice.DeadlineTopic;
import ca.imp.offerservice.DecisionTopic;
import ca.imp.offerservice.EmployerPortal;
import ca.imp.offerservice.ServiceClock;
import ca.imp.offerservice.privacy.EmployerDataSeal;

/**
 * Webhooks as a partner's receiver sees them, over real HTTP connections to a receiver on this machine that verifies
 * every signature itself. The retry schedule is the tests' (seconds: reference/webhook-delivery-policy-test.json).
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class WebhookDeliveryTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebhookReceiver receiver;

    @Inject
    ServiceClock clock;

    @Inject
    Pool pool;

    @Inject
    WebhookSecretSeal secrets;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    private static RequestSpecification as(String businessNumber) {
        return given().auth().oauth2(TestCallers.employer(businessNumber)).contentType(ContentType.JSON);
    }

    private static String offerOf(String businessNumber) {
        return as(businessNumber).body(EmployerPortal.OFFER.replace(EmployerPortal.BUSINESS_NUMBER, businessNumber))
                .post("/offers").then().statusCode(201).extract().path("offerNumber");
    }

    /** Registers the endpoint; answers the subscription's address and its secret. */
    private static Map<String, String> subscribe(String businessNumber, String url, String... eventTypes) {
        var registered = as(businessNumber)
                .body(Map.of("url", url, "eventTypes", List.of(eventTypes)))
                .post("/employers/" + businessNumber + "/webhook-subscriptions")
                .then().statusCode(201).body("status", equalTo("ACTIVE")).extract();
        return Map.of("at", "/employers/" + businessNumber + "/webhook-subscriptions/" + registered.path("subscriptionId"),
                "secret", registered.path("secret"));
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    @Test
    void a_failed_delivery_is_retried_with_the_same_webhook_id_until_the_endpoint_accepts_it() {
        String employer = "555000001";
        var subscription = subscribe(employer, receiver.endpoint("flaky", 2), "ca.imp.offer.OfferSubmitted.v1");
        String offer = offerOf(employer);

        await().atMost(WITHIN).untilAsserted(() -> as(employer).get(subscription.get("at") + "/deliveries").then()
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].attempts.statusCode", equalTo(List.of(500, 500, 204)))
                .body("items[0].eventType", equalTo("ca.imp.offer.OfferSubmitted.v1"))
                .body("items[0].nextAttemptAt", nullValue()));
        List<WebhookReceiver.Received> received = receiver.received("flaky");
        assertEquals(3, received.size());
        String eventId = json(received.get(0).body()).get("id").asText();
        for (WebhookReceiver.Received attempt : received) {
            assertEquals(eventId, attempt.webhookId(), "every attempt carries the event's id as webhook-id");
            assertTrue(attempt.signedWith(subscription.get("secret")), "signed with the subscription's secret");
            assertEquals("application/cloudevents+json", attempt.contentType());
            JsonNode event = json(attempt.body());
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals(offer, event.get("subject").asText());
            assertEquals(offer, event.at("/data/offerNumber").asText());
        }
        as(employer).get(subscription.get("at") + "/deliveries").then().body("items[0].webhookId", equalTo(eventId));
    }

    @Test
    void a_delivery_the_endpoint_never_accepts_fails_after_the_last_attempt_of_the_schedule() {
        String employer = "555000002";
        var subscription = subscribe(employer, receiver.endpoint("down", Integer.MAX_VALUE), "OfferSubmitted");
        offerOf(employer);

        // the tests' schedule makes 4 attempts
        await().atMost(WITHIN).untilAsserted(() -> as(employer).get(subscription.get("at") + "/deliveries").then()
                .body("items[0].status", equalTo("FAILED"))
                .body("items[0].attempts.statusCode", equalTo(List.of(500, 500, 500, 500))));
        assertEquals(4, receiver.received("down").size());
    }

    @Test
    void a_subscription_receives_only_its_employers_events_of_its_types_and_no_personal_data() {
        String employer = "555000003";
        String rival = "555000004";
        subscribe(employer, receiver.endpoint("own", 0), "OfferSubmitted", "FeePaid");
        String own = offerOf(employer);
        as(employer).body("{\"amount\": 230, \"currency\": \"CAD\"}").post("/offers/" + own + "/fee-payments").then().statusCode(200);
        String rivals = offerOf(rival);
        as(rival).body("{\"amount\": 230, \"currency\": \"CAD\"}").post("/offers/" + rivals + "/fee-payments").then().statusCode(200);
        // withdrawn: a type the subscription did not ask for
        as(employer).body("{}").post("/offers/" + own + "/withdrawal").then().statusCode(200);
        String later = offerOf(employer);

        // the log is followed in order: once the later offer is delivered, the rival's events and the withdrawal were seen
        await().atMost(WITHIN).until(() -> receiver.received("own").size() >= 3 && receiver.received("own").stream()
                .anyMatch(received -> json(received.body()).get("subject").asText().equals(later)));
        List<JsonNode> events = receiver.received("own").stream().map(received -> json(received.body())).toList();
        // deliveries are not ordered: each is tried on its own schedule
        assertEquals(java.util.stream.Stream.of(own + " ca.imp.offer.FeePaid.v1", own + " ca.imp.offer.OfferSubmitted.v1",
                        later + " ca.imp.offer.OfferSubmitted.v1").sorted().toList(),
                events.stream().map(event -> event.get("subject").asText() + " " + event.get("type").asText()).sorted().toList());
        for (WebhookReceiver.Received received : receiver.received("own")) {
            for (String personal : List.of("Dupont", "Camille", "1990-04-12", "19AB12345", "Dana Tremblay",
                    "hr@maple-robotics.example", "613 555 0100")) {
                assertFalse(received.body().contains(personal), "a delivery holds no personal data: " + personal);
            }
        }
    }

    @Test
    void decisions_and_deadlines_from_the_topics_are_delivered_for_the_offers_employer() {
        String employer = "555000005";
        var subscription = subscribe(employer, receiver.endpoint("topics", 0), "ApplicationRegistered", "DeadlineScheduled");
        String offer = offerOf(employer);
        String rivals = offerOf("555000006");
        DecisionTopic.publish(rivals, "ApplicationRegistered", new ApplicationRegistered(rivals + "-1", rivals,
                ApplicantLocation.INSIDE_CANADA, LocalDate.parse("2026-05-01")));
        DecisionTopic.publish(offer, "ApplicationRegistered", new ApplicationRegistered(offer + "-1", offer,
                ApplicantLocation.INSIDE_CANADA, LocalDate.parse("2026-05-01")));
        UUID deadline = DeadlineTopic.publish(new DeadlineScheduled(UUID.randomUUID(), offer, offer + "-1", "RECORD_RETENTION",
                LocalDate.parse("2026-06-16"), LocalDate.parse("2032-06-16"), "six years from the decision", "policy source",
                List.of(), UUID.randomUUID(), false, new DeadlinePolicy("2026-11-28", null)));

        await().atMost(WITHIN).until(() -> receiver.received("topics").size() >= 2);
        List<JsonNode> events = receiver.received("topics").stream().map(received -> json(received.body())).toList();
        assertEquals(2, events.size(), "nothing of another employer's offer: " + events);
        assertTrue(events.stream().allMatch(event -> event.get("subject").asText().equals(offer)));
        assertTrue(events.stream().anyMatch(event -> event.get("id").asText().equals(deadline.toString())
                && event.at("/data/kind").asText().equals("RECORD_RETENTION")), "the deadline as published: " + events);
        as(employer).get(subscription.get("at") + "/deliveries").then().body("total", equalTo(2));
    }

    @Test
    void after_a_rotation_deliveries_are_signed_with_both_secrets_for_the_overlap_then_with_the_new_one() {
        String employer = "555000007";
        var subscription = subscribe(employer, receiver.endpoint("rotated", 0), "OfferSubmitted");
        String old = subscription.get("secret");
        var rotation = as(employer).body("{}").post(subscription.get("at") + "/secret-rotations").then().statusCode(200).extract();
        String rotated = rotation.path("secret");
        Instant overlapEnds = Instant.parse(rotation.path("previousSecretEndsAt"));
        assertFalse(rotated.equals(old));

        offerOf(employer);
        await().atMost(WITHIN).until(() -> receiver.received("rotated").size() == 1);
        WebhookReceiver.Received during = receiver.received("rotated").get(0);
        assertEquals(2, during.signatures().size(), "both signatures, space-separated: " + during.signatures());
        assertTrue(during.signedWith(rotated) && during.signedWith(old));

        clock.moveTo(overlapEnds.plusSeconds(1));
        try {
            offerOf(employer);
            await().atMost(WITHIN).until(() -> receiver.received("rotated").size() == 2);
        } finally {
            clock.reset();
        }
        WebhookReceiver.Received after = receiver.received("rotated").get(1);
        assertEquals(1, after.signatures().size(), "the new secret alone: " + after.signatures());
        assertTrue(after.signedWith(rotated));
        assertFalse(after.signedWith(old));
    }

    @Test
    void the_secrets_are_stored_sealed_for_their_subscription_and_deliveries_signed_with_them_still_verify() {
        String employer = "555000011";
        var subscription = subscribe(employer, receiver.endpoint("sealed", 0), "OfferSubmitted");
        String old = subscription.get("secret");
        String rotated = as(employer).body("{}").post(subscription.get("at") + "/secret-rotations").then().statusCode(200)
                .extract().path("secret");
        UUID subscriptionId = UUID.fromString(subscription.get("at").substring(subscription.get("at").lastIndexOf('/') + 1));

        Row row = pool.preparedQuery("SELECT * FROM webhook_subscription WHERE subscription_id = $1")
                .execute(Tuple.of(subscriptionId)).await().atMost(WITHIN).iterator().next();
        assertNotNull(row.getBuffer("secret_ciphertext"));
        assertNotNull(row.getBuffer("previous_secret_ciphertext"), "the replaced secret is kept sealed for the overlap");
        for (int column = 0; column < row.size(); column++) {
            Object value = row.getValue(column);
            String stored = value instanceof Buffer bytes ? new String(bytes.getBytes(), StandardCharsets.ISO_8859_1)
                    : String.valueOf(value);
            for (String secret : List.of(old, rotated)) {
                String key = new String(Base64.getDecoder().decode(secret.substring("whsec_".length())), StandardCharsets.ISO_8859_1);
                assertFalse(stored.contains(secret) || stored.contains(secret.substring("whsec_".length())) || stored.contains(key),
                        "column " + row.getColumnName(column) + " holds a secret in clear");
            }
        }

        offerOf(employer);
        await().atMost(WITHIN).until(() -> receiver.received("sealed").size() == 1);
        WebhookReceiver.Received delivered = receiver.received("sealed").get(0);
        assertTrue(delivered.signedWith(rotated) && delivered.signedWith(old), "both signatures verify: " + delivered.signatures());

        EmployerDataSeal.Sealed sealed = secrets.seal(employer, subscriptionId, new WebhookSecret(rotated));
        assertEquals(rotated, secrets.open(employer, subscriptionId, sealed).value());
        assertThrows(IllegalStateException.class, () -> secrets.open(employer, UUID.randomUUID(), sealed),
                "a sealed secret does not open for another subscription");
        assertThrows(IllegalStateException.class, () -> secrets.open("555000012", subscriptionId, sealed),
                "nor for another employer");
    }

    @Test
    void the_secret_is_shown_only_once_and_another_employer_sees_no_subscription() {
        String employer = "555000008";
        var subscription = subscribe(employer, receiver.endpoint("listed", 0), "DecisionRendered");
        as(employer).get("/employers/" + employer + "/webhook-subscriptions").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].url", equalTo(receiver.endpoint("listed", 0)))
                .body("items[0].eventTypes", equalTo(List.of("DecisionRendered")))
                .body("items[0]", not(hasKey("secret")));
        as(employer).get(subscription.get("at")).then().statusCode(200).body("$", not(hasKey("secret")));
        as("555000009").get(subscription.get("at")).then().statusCode(404)
                .body("rule", equalTo("employer-not-found"));
        as("555000009").get(subscription.get("at").replace(employer, "555000009")).then().statusCode(404)
                .body("rule", equalTo("webhook-subscription-not-found"));

        as(employer).delete(subscription.get("at")).then().statusCode(204);
        as(employer).get(subscription.get("at")).then().body("status", equalTo("STOPPED"));
        as(employer).body("{}").post(subscription.get("at") + "/secret-rotations").then().statusCode(409)
                .body("rule", equalTo("webhook-subscription-stopped"));
    }

    @Test
    void a_subscription_names_an_https_endpoint_and_published_event_types() {
        String employer = "555000010";
        String at = "/employers/" + employer + "/webhook-subscriptions";
        as(employer).body(Map.of("url", "http://hooks.partner.example/imp", "eventTypes", List.of("OfferSubmitted")))
                .post(at).then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("webhook-endpoint-not-https")).body("field", equalTo("url"));
        as(employer).body(Map.of("url", "ftp://127.0.0.1/imp", "eventTypes", List.of("OfferSubmitted")))
                .post(at).then().statusCode(422).body("field", equalTo("url"));
        as(employer).body(Map.of("url", receiver.endpoint("typo", 0), "eventTypes", List.of("OfferSubmited", "ca.imp.decision.OfferSubmitted.v1")))
                .post(at).then().statusCode(422)
                .body("rule", equalTo("unknown-webhook-event-type")).body("field", equalTo("eventTypes"))
                .body("knownEventTypes", hasItems("OfferSubmitted", "InspectionNoticed", "DecisionRendered", "DeadlineScheduled"));
        as(employer).body(Map.of("url", receiver.endpoint("typo", 0), "eventTypes", List.of()))
                .post(at).then().statusCode(400);
        as(employer).get(at).then().body("total", equalTo(0)).body("items", equalTo(List.of()))
                .body("items[0]", nullValue());
    }
}
