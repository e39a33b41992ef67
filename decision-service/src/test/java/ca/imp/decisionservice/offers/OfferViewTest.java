package ca.imp.decisionservice.offers;

import static ca.imp.decisionservice.OffersTopic.WITHIN;
import static ca.imp.decisionservice.OffersTopic.anOfferNumber;
import static ca.imp.decisionservice.OffersTopic.awaitStatus;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;

import ca.imp.accesstesting.TestCallers;
import ca.imp.decisionservice.OffersTopic;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.embedded.TopicClient;

/**
 * decision-service's own view of offers, fed by offer-service's events over a real Kafka broker:
 * it stays right when the events come late, twice, or out of order, and registration says which
 * rule an offer breaks.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "decisions"))
class OfferViewTest {
    private static final String EMPLOYER = TestCallers.employer(OffersTopic.EMPLOYER);
    private static final String READINESS = "checks.find { it.name == 'consumer decision-service/offers' }";
    private final OffersTopic offers = new OffersTopic();

    @Inject
    KafkaClientService kafka;

    private static ValidatableResponse register(String offerNumber) {
        return given().auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                .body("{\"offerNumber\": \"" + offerNumber + "\", \"applicantLocation\": \"INSIDE_CANADA\", \"submittedOn\": \"2026-05-01\"}")
                .when().post("/applications").then();
    }

    @Test
    void an_offer_is_usable_only_once_its_events_have_arrived_however_late() {
        String offer = anOfferNumber();

        register(offer).statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("offer-unknown")).body("field", equalTo("offerNumber"));

        offers.submitted(offer, "230.00");
        awaitStatus(offer, "AWAITING_FEE");
        register(offer).statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("offer-awaiting-fee")).body("detail", containsString("compliance fee"));

        offers.feePaid(offer);
        awaitStatus(offer, "READY");
        register(offer).statusCode(201);
        given().auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                .body("{\"offerNumber\": \"" + offer + "\", \"applicantLocation\": \"INSIDE_CANADA\", \"submittedOn\": \"2026-05-02\"}")
                .when().post("/applications")
                .then().statusCode(409).body("rule", equalTo("offer-in-use"));
    }

    @Test
    void events_delivered_twice_or_out_of_order_leave_the_view_right() {
        String offer = anOfferNumber();
        UUID paid = offers.feePaid(offer);
        offers.publish(offer, "FeePaid", "{\"offerNumber\": \"" + offer + "\", \"amount\": 230.00, \"currency\": \"CAD\","
                + " \"paidOn\": \"2026-04-01\"}", paid);
        UUID submitted = offers.submitted(offer, "230.00");
        offers.publish(offer, "OfferSubmitted", "{\"offerNumber\": \"" + offer + "\", \"terms\": {\"employer\":"
                + " {\"businessNumber\": \"123456789\", \"legalName\": \"Maple Robotics Inc.\"}}, \"feeDue\": 230.00,"
                + " \"currency\": \"CAD\"}", submitted);

        awaitStatus(offer, "READY");
        register(offer).statusCode(201);
    }

    @Test
    void an_application_is_not_submitted_before_the_day_offer_service_recorded_its_offer() {
        String offer = offers.readyOffer();
        // the events of OffersTopic are recorded on 2 January 2026
        String dayBefore = "2026-01-01";

        given().auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                .body("{\"offerNumber\": \"" + offer + "\", \"applicantLocation\": \"INSIDE_CANADA\", \"submittedOn\": \"" + dayBefore + "\"}")
                .when().post("/applications").then()
                .statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("not-before-offer-submission")).body("field", equalTo("submittedOn"));
        register(offer).statusCode(201);
    }

    @Test
    void an_exempt_offer_needs_no_payment() {
        String offer = anOfferNumber();
        offers.submitted(offer, "0.00");
        offers.feeExempt(offer);

        awaitStatus(offer, "READY");
        register(offer).statusCode(201);
    }

    @Test
    void an_offer_whose_employer_claimed_a_fee_exempt_program_needs_no_payment() {
        String offer = anOfferNumber();
        offers.submitted(offer, "0.00");
        offers.feeExemptionClaimed(offer, "IDRC letter 2026-041");

        awaitStatus(offer, "READY");
        register(offer).statusCode(201);
    }

    @Test
    void a_fee_is_exempt_by_offer_service_word_not_by_being_zero() {
        String offer = anOfferNumber();
        offers.submitted(offer, "0.00");

        awaitStatus(offer, "AWAITING_FEE");
        register(offer).statusCode(409).body("rule", equalTo("offer-awaiting-fee"));
    }

    @Test
    void a_withdrawn_offer_cannot_serve_an_application_even_if_its_fee_arrives_later() {
        String offer = anOfferNumber();
        offers.submitted(offer, "230.00");
        offers.withdrawn(offer);
        offers.feePaid(offer);

        awaitStatus(offer, "WITHDRAWN");
        register(offer).statusCode(409).contentType("application/problem+json").body("rule", equalTo("offer-withdrawn"));
    }

    @Test
    void an_offer_offer_service_reports_ended_by_an_approval_reads_approved_and_cannot_serve_an_application() {
        String offer = anOfferNumber();
        offers.submitted(offer, "230.00");
        offers.feePaid(offer);
        offers.publish(offer, "OfferInvalidated", "{\"offerNumber\": \"" + offer + "\", \"applicationId\": \"" + offer
                + "-1\", \"outcome\": \"APPROVED\", \"decisionDate\": \"2026-06-16\", \"decisionEventId\": \"" + UUID.randomUUID() + "\"}");

        awaitStatus(offer, "APPROVED");
        register(offer).statusCode(409).body("rule", equalTo("offer-invalidated"))
                .body("invalidatedBy.outcome", equalTo("APPROVED"));
    }

    @Test
    void an_offer_ended_by_a_withdrawn_application_reads_withdrawn_as_the_employers_withdrawal_does_but_names_the_decision() {
        String offer = anOfferNumber();
        offers.submitted(offer, "230.00");
        offers.feePaid(offer);
        offers.publish(offer, "OfferInvalidated", "{\"offerNumber\": \"" + offer + "\", \"applicationId\": \"" + offer
                + "-1\", \"outcome\": \"WITHDRAWN\", \"decisionDate\": \"2026-06-16\", \"decisionEventId\": \"" + UUID.randomUUID() + "\"}");

        awaitStatus(offer, "WITHDRAWN");
        register(offer).statusCode(409).body("rule", equalTo("offer-invalidated"))
                .body("invalidatedBy.outcome", equalTo("WITHDRAWN"));
    }

    @Test
    void an_unreadable_offer_event_is_dead_lettered_and_the_view_carries_on() {
        String poisoned = anOfferNumber();
        UUID unreadable = offers.publish(poisoned, "FeePaid", "{not json");

        var dead = new TopicClient(LocalStack.shared().kafka().bootstrapServers()).readUntil("decision-service.dead-letters",
                records -> records.stream().anyMatch(r -> poisoned.equals(r.key())), WITHIN);
        assertTrue(dead.stream().anyMatch(r -> poisoned.equals(r.key())));
        offers.readyOffer();

        String listed = "items.find { it.eventId == '" + unreadable + "' }";
        int deadLetter = given().auth().oauth2(TestCallers.ops()).get("/ops/dead-letters?size=200").then().statusCode(200)
                .body(listed + ".consumer", equalTo("decision-service/offers"))
                .body(listed + ".eventType", equalTo("FeePaid"))
                .extract().path(listed + ".id");
        given().auth().oauth2(TestCallers.ops()).post("/ops/dead-letters/" + deadLetter + "/retry").then().statusCode(200)
                .body("applied", equalTo(false)).body("reason", containsString("FeePaid"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'consumer decision-service/offers' }.data.state", equalTo("degraded"));
    }

    @Test
    void readiness_reports_how_many_records_the_offers_consumer_is_behind_and_stays_up() {
        awaitLag(equalTo(0));
        KafkaConsumer<Object, Object> consumer = kafka.getConsumer("offers");
        // a consumer that has stopped taking records, as one stuck behind a slow database would be
        consumer.pause().await().atMost(WITHIN);
        try {
            offers.submitted(anOfferNumber(), "230.00");
            awaitLag(greaterThanOrEqualTo(1));
        } finally {
            consumer.resume().await().atMost(WITHIN);
        }
        awaitLag(equalTo(0));
    }

    private static void awaitLag(Matcher<Integer> lag) {
        await().atMost(WITHIN).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200)
                .body(READINESS + ".status", equalTo("UP"))
                .body(READINESS + ".data.lag", lag));
    }
}
