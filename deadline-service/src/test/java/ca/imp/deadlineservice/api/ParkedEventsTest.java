package ca.imp.deadlineservice.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.Topics;
import ca.imp.deadlineservice.UpstreamEvents;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.embedded.TopicClient;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.NewEvent;
import ca.imp.eventstore.store.RecordedEvent;

/**
 * No subscription of deadline-service stalls: the deadline view and the timer plan park an event
 * they cannot read, the relay parks one Kafka refuses, and the deadlines recorded after them are
 * still listed, planned and published.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class ParkedEventsTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final String EMPLOYER = UpstreamEvents.aBusinessNumber();

    @Inject
    EventStore store;

    private static RequestSpecification asOps() {
        return given().auth().oauth2(TestCallers.ops());
    }

    private static RequestSpecification asEmployer() {
        return given().auth().oauth2(TestCallers.employer(EMPLOYER));
    }

    private RecordedEvent poison(String type, String data) {
        return store.append("poisoned-" + UUID.randomUUID(), 0, List.of(new NewEvent(type, 1, data)),
                EventMetadata.byActor("test:poison")).await().atMost(WITHIN).get(0);
    }

    @Test
    void events_no_subscription_can_apply_are_parked_and_listed_and_the_deadlines_after_them_still_flow() {
        RecordedEvent unreadable = poison("DeadlineScheduled", "{\"deadlineId\": \"not-a-uuid\"}");
        // larger than Kafka's default 1 MB message limit
        RecordedEvent oversized = poison("OversizedNote", "{\"padding\": \"" + "x".repeat(1_100_000) + "\"}");

        String offer = UpstreamEvents.anOfferNumber();
        UpstreamEvents upstream = new UpstreamEvents();
        upstream.offerSubmitted(offer, EMPLOYER, "Parking Lot Ltd.");
        upstream.refusedOn16June(offer);

        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("offerNumber", offer).get("/deadlines").then()
                .statusCode(200).body("total", greaterThan(0)));
        String deadline = asEmployer().queryParam("offerNumber", offer).get("/deadlines").then().extract().path("items[0].deadlineId");
        await().atMost(WITHIN).untilAsserted(() -> asEmployer().get("/deadlines/" + deadline + "/timers").then()
                .statusCode(200).body("items.size()", greaterThan(0)));
        new TopicClient(LocalStack.shared().kafka().bootstrapServers())
                .readUntil(Topics.DEADLINES, records -> records.stream().anyMatch(r -> offer.equals(r.key())), WITHIN);

        String unreadableIn = "items.findAll { it.eventId == '" + unreadable.eventId() + "' }.subscription";
        String oversizedIn = "items.findAll { it.eventId == '" + oversized.eventId() + "' }.subscription";
        await().atMost(WITHIN).untilAsserted(() -> asOps().get("/ops/parked-events?size=200").then().statusCode(200)
                .body(unreadableIn, containsInAnyOrder("deadline-view", "deadline-timers"))
                .body(oversizedIn, hasItem("kafka-relay")));
        for (String check : List.of("subscription deadline-view", "subscription deadline-timers", "event relay")) {
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == '" + check + "' }.data.state", equalTo("degraded"))
                    .body("checks.find { it.name == '" + check + "' }.data.lag", greaterThanOrEqualTo(0));
        }

        int inView = asOps().get("/ops/parked-events?size=200").then()
                .extract().path("items.find { it.eventId == '" + unreadable.eventId() + "' && it.subscription == 'deadline-view' }.id");
        asOps().post("/ops/parked-events/" + inView + "/retry").then().statusCode(200)
                .body("applied", equalTo(false)).body("reason", containsString("DeadlineScheduled"));
    }
}
