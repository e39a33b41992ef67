package ca.imp.decisionservice.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

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
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.NewEvent;
import ca.imp.eventstore.store.RecordedEvent;

/** The relay never stalls: an event Kafka refuses is parked for operators, and the events after it are published. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "decisions"))
class ParkedEventsTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Inject
    EventStore store;

    @Test
    void an_event_kafka_refuses_is_parked_listed_and_retryable_and_the_events_after_it_reach_kafka() {
        // larger than Kafka's default 1 MB message limit
        RecordedEvent oversized = store.append("oversized-" + UUID.randomUUID(), 0,
                List.of(new NewEvent("OversizedNote", 1, "{\"padding\": \"" + "x".repeat(1_100_000) + "\"}")),
                EventMetadata.byActor("test:poison")).await().atMost(WITHIN).get(0);

        String offer = new OffersTopic().readyOffer();
        given().auth().oauth2(TestCallers.employer(OffersTopic.EMPLOYER)).contentType(ContentType.JSON)
                .body("{\"offerNumber\": \"" + offer + "\", \"applicantLocation\": \"INSIDE_CANADA\", \"submittedOn\": \"2026-05-01\"}")
                .post("/applications").then().statusCode(201);

        new TopicClient(LocalStack.shared().kafka().bootstrapServers()).readUntil(Topics.DECISIONS,
                records -> records.stream().anyMatch(r -> r.key() != null && r.key().startsWith(offer)), WITHIN);
        String listed = "items.find { it.eventId == '" + oversized.eventId() + "' }";
        await().atMost(WITHIN).untilAsserted(() -> given().auth().oauth2(TestCallers.ops()).get("/ops/parked-events?size=200")
                .then().statusCode(200)
                .body(listed + ".subscription", equalTo("kafka-relay"))
                .body(listed + ".reason", containsString("larger than")));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'event relay' }.data.state", equalTo("degraded"))
                .body("checks.find { it.name == 'event relay' }.data.parked", greaterThan(0));
        int id = given().auth().oauth2(TestCallers.ops()).get("/ops/parked-events?size=200").then().extract().path(listed + ".id");
        given().auth().oauth2(TestCallers.ops()).post("/ops/parked-events/" + id + "/retry").then().statusCode(200)
                .body("applied", equalTo(false)).body("reason", containsString("larger than"));
    }
}
