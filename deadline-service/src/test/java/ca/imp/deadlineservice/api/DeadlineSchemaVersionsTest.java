package ca.imp.deadlineservice.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.EventJson;
import ca.imp.contract.Topics;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.deadlineservice.UpstreamEvents;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.embedded.TopicClient;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.NewEvent;
import ca.imp.eventstore.store.RecordedEvent;

/**
 * A deadline stream recorded partly by the release before {@code DeadlineScheduled} v2 (no policy) and partly by this one:
 * the service reads, shows and changes both, stores and publishes each at its own version, and what it schedules now
 * names the policy that counted it.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class DeadlineSchemaVersionsTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private final TopicClient kafka = new TopicClient(LocalStack.shared().kafka().bootstrapServers());
    private final UpstreamEvents upstream = new UpstreamEvents();
    private final String employer = UpstreamEvents.aBusinessNumber();

    @Inject
    EventStore store;

    private RequestSpecification asEmployer() {
        return given().auth().oauth2(TestCallers.employer(employer));
    }

    /** A restoration deadline of an earlier application of the offer, as the previous release recorded it (version 1). */
    private static NewEvent scheduledByThePreviousRelease(String offer, UUID deadlineId) {
        return new NewEvent("DeadlineScheduled", 1, """
                {"deadlineId":"%s","offerNumber":"%s","applicationId":"%s-2","kind":"RESTORATION","startDate":"2026-03-02",
                 "dueDate":"2026-06-01","basis":"90 days after the decision date","source":"IRPR s.182","warnings":[],
                 "causeEventId":"%s","provisional":false,"inspectionId":null,"businessNumber":null}"""
                .formatted(deadlineId, offer, offer, UUID.randomUUID()));
    }

    @Test
    void a_stream_of_version_1_and_version_2_deadlines_is_read_shown_changed_and_published_at_each_ones_version() {
        String offer = UpstreamEvents.anOfferNumber();
        UUID old = UUID.randomUUID();
        upstream.offerSubmitted(offer, employer, "Maple Robotics Inc.");
        store.append(offer, 0, List.of(scheduledByThePreviousRelease(offer, old)), EventMetadata.byActor("system:deadline-service"))
                .await().atMost(WITHIN);

        upstream.refused(offer, LocalDate.parse("2026-06-16"), ApplicantLocation.INSIDE_CANADA, UUID.randomUUID());

        await().atMost(WITHIN).untilAsserted(() -> asEmployer().queryParam("offerNumber", offer).get("/deadlines").then()
                .statusCode(200).body("items.kind", hasItems("RESTORATION", "JUDICIAL_REVIEW_LEAVE")));
        asEmployer().contentType("application/json").body("{\"metOn\": \"2026-05-20\"}").when().post("/deadlines/" + old + "/met")
                .then().statusCode(200).body("status", equalTo("MET"));

        List<RecordedEvent> stream = store.load(offer).await().atMost(WITHIN);
        Map<Integer, Long> scheduledByVersion = stream.stream().filter(e -> e.type().equals("DeadlineScheduled"))
                .collect(Collectors.groupingBy(RecordedEvent::schemaVersion, Collectors.counting()));
        assertEquals(1L, scheduledByVersion.get(1), "the previous release's deadline stays version 1: " + scheduledByVersion);
        assertTrue(scheduledByVersion.getOrDefault(2, 0L) >= 2, "the refusal's deadlines are version 2: " + scheduledByVersion);
        stream.stream().filter(e -> e.type().equals("DeadlineScheduled") && e.schemaVersion() == 2).forEach(e ->
                assertEquals(DeadlineRules.load().policyVersion(), json(e.data()).path("policy").path("version").asText(), e.data()));

        await().atMost(WITHIN).untilAsserted(() -> {
            List<String> published = publishedTypes(offer).stream().filter(t -> t.contains("DeadlineScheduled")).toList();
            assertEquals(1, published.stream().filter("ca.imp.deadline.DeadlineScheduled.v1"::equals).count(), published.toString());
            assertEquals(scheduledByVersion.get(2), published.stream().filter("ca.imp.deadline.DeadlineScheduled.v2"::equals)
                    .count(), published.toString());
        });
    }

    private List<String> publishedTypes(String offer) {
        return kafka.readToMarker(Topics.DEADLINES, offer, WITHIN).stream()
                .map((ConsumerRecord<String, String> r) -> TopicClient.header(r, CloudEventHeaders.TYPE)).toList();
    }

    private static JsonNode json(String data) {
        try {
            return EventJson.mapper().readTree(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
