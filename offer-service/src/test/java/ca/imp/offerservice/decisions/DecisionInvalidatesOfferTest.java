package ca.imp.offerservice.decisions;

import static ca.imp.offerservice.EmployerPortal.asEmployer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.EventJson;
import ca.imp.contract.Topics;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.ApplicationRegistered;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.embedded.AllAtOnce;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.embedded.TopicClient;
import ca.imp.eventstore.relay.OutboxRelay;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.offerservice.EmployerPortal;

/** offer-service as the decision-service's consumer and as a partner's producer, over a real Kafka broker. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class DecisionInvalidatesOfferTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Inject
    EventStore store;

    @Inject
    DecisionsConsumer consumer;

    private final TopicClient kafka = new TopicClient(LocalStack.shared().kafka().bootstrapServers());

    /** A decision as decision-service publishes it by default: every outcome but RETURNED ends the number. */
    private static String decision(String offerNumber, String applicationId, DecisionOutcome outcome) throws Exception {
        return decision(offerNumber, applicationId, outcome, outcome != DecisionOutcome.RETURNED);
    }

    private static String decision(String offerNumber, String applicationId, DecisionOutcome outcome, boolean invalidatesOffer)
            throws Exception {
        return EventJson.mapper().writeValueAsString(new DecisionRendered(applicationId, offerNumber, outcome,
                LocalDate.parse("2026-06-16"), LocalDate.parse("2026-06-16"), ApplicantLocation.INSIDE_CANADA,
                outcome == DecisionOutcome.REFUSED ? List.of("NOT_TEMPORARY") : List.of(), invalidatesOffer));
    }

    private String applyWith(String number) throws Exception {
        String application = EventJson.mapper().writeValueAsString(new ApplicationRegistered(number + "-1", number,
                ApplicantLocation.INSIDE_CANADA, LocalDate.parse("2026-05-01")));
        UUID applied = UUID.randomUUID();
        kafka.send(Topics.DECISIONS, number, application,
                new EventEnvelope(applied, "ApplicationRegistered", "/decision-service", number, Instant.now(), 1, applied, null));
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/offers/" + number).then().body("status", equalTo("IN_USE")));
        return number + "-1";
    }

    @Test
    void a_decision_that_says_it_leaves_the_offer_valid_gives_the_application_back_whatever_its_outcome() throws Exception {
        String number = EmployerPortal.readyOffer();
        String application = applyWith(number);

        kafka.send(Topics.DECISIONS, number, decision(number, application, DecisionOutcome.REFUSED, false),
                envelope(UUID.randomUUID(), number));

        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/offers/" + number).then()
                .body("status", equalTo("READY")).body("fee.status", equalTo("PAID")));
    }

    @Test
    void a_decision_published_before_it_said_whether_it_invalidates_is_read_by_the_rule_of_its_time() throws Exception {
        String refusedNumber = EmployerPortal.readyOffer();
        String returnedNumber = EmployerPortal.readyOffer();
        String returnedApplication = applyWith(returnedNumber);
        String refused = decision(refusedNumber, refusedNumber + "-1", DecisionOutcome.REFUSED)
                .replace(",\"invalidatesOffer\":true", "");
        String returned = decision(returnedNumber, returnedApplication, DecisionOutcome.RETURNED)
                .replace(",\"invalidatesOffer\":false", "");
        assertFalse(refused.contains("invalidatesOffer") || returned.contains("invalidatesOffer"));

        kafka.send(Topics.DECISIONS, refusedNumber, refused, envelope(UUID.randomUUID(), refusedNumber, 1));
        kafka.send(Topics.DECISIONS, returnedNumber, returned, envelope(UUID.randomUUID(), returnedNumber, 1));

        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/offers/" + refusedNumber).then()
                .body("status", equalTo("REFUSED")));
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/offers/" + returnedNumber).then()
                .body("status", equalTo("READY")));
    }

    private static EventEnvelope envelope(UUID id, String offerNumber) {
        return envelope(id, offerNumber, 2);
    }

    private static EventEnvelope envelope(UUID id, String offerNumber, int schemaVersion) {
        return new EventEnvelope(id, "DecisionRendered", "/decision-service", offerNumber, Instant.now(), schemaVersion, id, null);
    }

    private long invalidations(String offerNumber) {
        return store.load(offerNumber).await().atMost(WITHIN).stream()
                .map(RecordedEvent::type).filter("OfferInvalidated"::equals).count();
    }

    @Test
    void after_the_applicants_own_withdrawal_the_offer_prompts_the_employer_to_withdraw_it_and_that_owes_the_fee() throws Exception {
        String number = EmployerPortal.readyOffer();
        String application = applyWith(number);

        kafka.send(Topics.DECISIONS, number, decision(number, application, DecisionOutcome.WITHDRAWN),
                envelope(UUID.randomUUID(), number));

        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/offers/" + number).then()
                .body("status", equalTo("WITHDRAWN"))
                .body("fee.status", equalTo("PAID"))
                .body("nextAction.operation", equalTo("withdrawOffer"))
                .body("nextAction.method", equalTo("POST"))
                .body("nextAction.path", equalTo("/offers/" + number + "/withdrawal"))
                .body("nextAction.explanation", containsString("refunds it only if the employer withdraws the offer")));
        asEmployer().contentType(ContentType.JSON).body("{\"reason\": \"applicant withdrew\"}")
                .when().post("/offers/" + number + "/withdrawal")
                .then().statusCode(200)
                .body("fee.status", equalTo("REFUND_OWED"))
                .body("invalidation.outcome", equalTo("WITHDRAWN"))
                .body("invalidation.withdrawnOn", notNullValue())
                .body("nextAction", nullValue());
    }

    @Test
    void a_refusal_invalidates_the_offer_and_later_use_of_the_number_gets_409_saying_why() throws Exception {
        String number = EmployerPortal.readyOffer();

        kafka.send(Topics.DECISIONS, number, decision(number, number + "-1", DecisionOutcome.REFUSED),
                envelope(UUID.randomUUID(), number));

        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/offers/" + number).then()
                .body("status", equalTo("REFUSED"))
                .body("invalidation.outcome", equalTo("REFUSED")));
        asEmployer().contentType(ContentType.JSON).body("{\"reason\": \"position filled\"}")
                .when().post("/offers/" + number + "/withdrawal")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("offer-invalidated"))
                .body("invalidatedBy.applicationId", equalTo(number + "-1"))
                .body("invalidatedBy.outcome", equalTo("REFUSED"))
                .body("resubmit", equalTo("/offers/" + number + "/resubmissions"));
        asEmployer().get("/offers/" + number + "/history").then()
                .body("items.find { it.type == 'OfferInvalidated' }.actor", equalTo("system:offer-service"));
    }

    @Test
    void a_refusal_makes_the_paid_fee_refundable_and_its_refund_is_recorded_once() throws Exception {
        String number = EmployerPortal.readyOffer();

        kafka.send(Topics.DECISIONS, number, decision(number, number + "-1", DecisionOutcome.REFUSED),
                envelope(UUID.randomUUID(), number));

        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/offers/" + number).then()
                .body("fee.status", equalTo("REFUND_OWED"))
                .body("fee.refundFollowUpOn", equalTo("2026-08-11")));
        String refund = "{\"amount\": 230.00, \"currency\": \"CAD\", \"refundedOn\": \"2026-07-20\"}";
        String refunded = asEmployer().contentType(ContentType.JSON).body(refund).post("/offers/" + number + "/fee-refunds").then()
                .statusCode(200).body("fee.status", equalTo("REFUNDED")).body("fee.refundedOn", equalTo("2026-07-20"))
                .extract().asString();
        asEmployer().contentType(ContentType.JSON).body(refund).post("/offers/" + number + "/fee-refunds").then()
                .statusCode(200).body(equalTo(refunded));
        asEmployer().contentType(ContentType.JSON).body(refund.replace("2026-07-20", "2026-07-21"))
                .post("/offers/" + number + "/fee-refunds").then()
                .statusCode(409).contentType("application/problem+json").body("rule", equalTo("refund-already-recorded"))
                .body("refundedOn", equalTo("2026-07-20"));
        asEmployer().get("/offers/" + number + "/history").then()
                .body("items.findAll { it.type == 'FeeRefunded' }.size()", equalTo(1));
    }

    @Test
    void an_application_puts_the_offer_in_use_and_a_returned_one_gives_it_back() throws Exception {
        String number = EmployerPortal.readyOffer();
        String application = EventJson.mapper().writeValueAsString(new ApplicationRegistered(number + "-1", number,
                ApplicantLocation.INSIDE_CANADA, LocalDate.parse("2026-05-01")));
        UUID applied = UUID.randomUUID();

        kafka.send(Topics.DECISIONS, number, application,
                new EventEnvelope(applied, "ApplicationRegistered", "/decision-service", number, Instant.now(), 1, applied, null));
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/offers/" + number).then()
                .body("status", equalTo("IN_USE")).body("applicationId", equalTo(number + "-1")));

        kafka.send(Topics.DECISIONS, number, decision(number, number + "-1", DecisionOutcome.RETURNED),
                envelope(UUID.randomUUID(), number));
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/offers/" + number).then().body("status", equalTo("READY")));
    }

    @Test
    void a_redelivered_decision_invalidates_once() throws Exception {
        String number = EmployerPortal.readyOffer();
        UUID eventId = UUID.randomUUID();
        String decision = decision(number, number + "-1", DecisionOutcome.APPROVED);

        kafka.send(Topics.DECISIONS, number, decision, envelope(eventId, number));
        kafka.send(Topics.DECISIONS, number, decision, envelope(eventId, number));
        // a later marker event on the same key proves both deliveries were consumed (same partition, in order)
        String marker = EmployerPortal.readyOffer();
        kafka.send(Topics.DECISIONS, number, decision(marker, marker + "-1", DecisionOutcome.APPROVED),
                envelope(UUID.randomUUID(), number));

        await().atMost(WITHIN).until(() -> invalidations(marker) == 1);
        assertEquals(1, invalidations(number));
    }

    @Test
    void of_two_racing_decisions_on_one_offer_exactly_one_invalidates_it() throws Exception {
        // Two consumer paths at once, as two instances share the topic around a rebalance; a few rounds, since
        // each round is milliseconds and the barrier only makes the overlap likely, not certain.
        for (int round = 0; round < 5; round++) {
            String number = EmployerPortal.readyOffer();

            race(record(number, decision(number, number + "-1", DecisionOutcome.REFUSED), UUID.randomUUID()),
                    record(number, decision(number, number + "-2", DecisionOutcome.APPROVED), UUID.randomUUID()));

            assertEquals(1, invalidations(number), "invalidations in the store of " + number);
            assertEquals(1, publishedInvalidations(number), "invalidations on the topic of " + number);
        }
    }

    @Test
    void one_decision_delivered_on_two_paths_at_once_invalidates_once() throws Exception {
        for (int round = 0; round < 5; round++) {
            String number = EmployerPortal.readyOffer();
            UUID eventId = UUID.randomUUID();
            String decision = decision(number, number + "-1", DecisionOutcome.REFUSED);

            race(record(number, decision, eventId), record(number, decision, eventId));

            assertEquals(1, invalidations(number), "invalidations in the store of " + number);
            assertEquals(1, publishedInvalidations(number), "invalidations on the topic of " + number);
        }
    }

    private static ConsumerRecord<String, String> record(String number, String decision, UUID eventId) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.DECISIONS, 0, 0L, number, decision);
        CloudEventHeaders.write(envelope(eventId, number), record.headers());
        return record;
    }

    /** Hands both records to the consumer from two threads released together, and waits for both to settle. */
    private void race(ConsumerRecord<String, String> first, ConsumerRecord<String, String> second) {
        AllAtOnce.call(List.<Callable<Void>>of(
                () -> consumer.onDecisionEvent(first).await().atMost(WITHIN),
                () -> consumer.onDecisionEvent(second).await().atMost(WITHIN)));
    }

    /** OfferInvalidated records of the offer on the topic, counted raw up to a marker. */
    private long publishedInvalidations(String number) {
        return published(number).stream().filter(r -> "OfferInvalidated".equals(TopicClient.eventType(r))).count();
    }

    /** The offer's records on the topic, raw (a duplicate counts twice), up to a marker sent once the relay passed the offer. */
    private List<ConsumerRecord<String, String>> published(String number) {
        await().atMost(WITHIN).until(() -> relayed(number));
        return kafka.readToMarker(Topics.OFFERS, number, WITHIN);
    }

    /** Whether the relay's checkpoint has passed every event of the stream, in the log's read order. */
    private boolean relayed(String stream) {
        return store.pool().preparedQuery("SELECT NOT EXISTS (SELECT 1 FROM events e, checkpoints c WHERE c.name = $1"
                        + " AND e.stream_id = $2 AND (e.tx_id, e.global_position) > (c.tx_id, c.position))")
                .execute(Tuple.of(OutboxRelay.CHECKPOINT, stream)).await().atMost(WITHIN).iterator().next().getBoolean(0);
    }

    @Test
    void a_poison_message_is_dead_lettered_with_its_reason_and_consumption_continues() throws Exception {
        String number = EmployerPortal.readyOffer();
        String poisonKey = "poison-" + UUID.randomUUID();

        kafka.send(Topics.DECISIONS, poisonKey, "{ this is not json", null);
        UUID unreadable = UUID.randomUUID();
        kafka.send(Topics.DECISIONS, poisonKey, "{\"offerNumber\": 42}",
                new EventEnvelope(unreadable, "DecisionRendered", "/decision-service", poisonKey, Instant.now(), 1, null, null));
        kafka.send(Topics.DECISIONS, number, decision(number, number + "-1", DecisionOutcome.WITHDRAWN),
                envelope(UUID.randomUUID(), number));

        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/offers/" + number).then().body("status", equalTo("WITHDRAWN")));
        List<ConsumerRecord<String, String>> dead = kafka.readUntil("offer-service.dead-letters",
                records -> records.stream().filter(r -> poisonKey.equals(r.key())).count() >= 2, WITHIN);
        List<String> reasons = dead.stream().filter(r -> poisonKey.equals(r.key()))
                .map(r -> TopicClient.header(r, "dead-letter-reason")).toList();
        assertTrue(reasons.get(0).contains("ce_id"), reasons.toString());
        assertTrue(reasons.get(1).contains("DecisionRendered"), reasons.toString());

        String listed = "items.find { it.eventId == '" + unreadable + "' }";
        int deadLetter = given().auth().oauth2(TestCallers.ops()).get("/ops/dead-letters?size=200").then().statusCode(200)
                .body(listed + ".consumer", equalTo("offer-service/decisions"))
                .body(listed + ".eventType", equalTo("DecisionRendered"))
                .extract().path(listed + ".id");
        given().auth().oauth2(TestCallers.ops()).post("/ops/dead-letters/" + deadLetter + "/retry").then().statusCode(200)
                .body("applied", equalTo(false)).body("reason", containsString("DecisionRendered"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'consumer offer-service/decisions' }.data.state", equalTo("degraded"));
    }

    @Test
    void partners_read_the_withdrawal_and_the_refund_it_makes_owed() {
        String number = EmployerPortal.readyOffer();
        asEmployer().contentType(ContentType.JSON).post("/offers/" + number + "/withdrawal").then().statusCode(200);

        assertEquals(List.of("OfferSubmitted", "FeePaid", "OfferWithdrawn", "FeeRefundOwed"), published(number).stream()
                .map(r -> CloudEventHeaders.read(r.headers()).eventType()).toList());
    }

    @Test
    void partners_read_offer_events_keyed_by_offer_number_with_cloudevents_headers() throws Exception {
        String number = EmployerPortal.readyOffer();

        List<ConsumerRecord<String, String>> published = kafka.readUntil(Topics.OFFERS,
                records -> records.stream().filter(r -> number.equals(r.key())).count() >= 2, WITHIN);
        List<ConsumerRecord<String, String>> ofOffer = published.stream().filter(r -> number.equals(r.key())).toList();

        EventEnvelope submitted = CloudEventHeaders.read(ofOffer.get(0).headers());
        assertEquals("ca.imp.offer.OfferSubmitted.v1", submitted.type());
        assertEquals("/test/offer-service", submitted.source(), "the deployment's configured source");
        assertEquals("https://offers.test.example/events/schemas/offer/OfferSubmitted.v1.json", submitted.dataschema());
        assertEquals(number, submitted.subject());
        assertEquals("FeePaid", CloudEventHeaders.read(ofOffer.get(1).headers()).eventType());
        OfferSubmitted data = EventJson.mapper().readValue(ofOffer.get(0).value(), OfferSubmitted.class);
        assertEquals(number, data.offerNumber());
        assertEquals("230.00", data.feeDue().toPlainString());
        assertEquals("21301", data.terms().job().nocCode());
        for (ConsumerRecord<String, String> record : ofOffer) {
            assertFalse(record.value().contains("19AB12345"), "no passport number is published");
            assertFalse(record.value().contains("1990-04-12"), "no date of birth is published");
            assertFalse(record.value().contains("Dupont"), "no worker name is published");
        }
    }

    @Test
    void the_employer_contact_is_neither_published_nor_stored_in_an_event() {
        String number = EmployerPortal.submitOffer();

        List<ConsumerRecord<String, String>> published = kafka.readUntil(Topics.OFFERS,
                records -> records.stream().anyMatch(r -> number.equals(r.key())), WITHIN);
        String submitted = published.stream().filter(r -> number.equals(r.key())).findFirst().orElseThrow().value();
        String stored = store.load(number).await().atMost(WITHIN).get(0).data();

        for (String event : List.of(submitted, stored)) {
            assertTrue(event.contains("Maple Robotics Inc."), event);
            for (String contact : List.of("Dana Tremblay", "hr@maple-robotics.example", "613 555 0100", "contact")) {
                assertFalse(event.contains(contact), "'" + contact + "' in " + event);
            }
        }
    }
}
