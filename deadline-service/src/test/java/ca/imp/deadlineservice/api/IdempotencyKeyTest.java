package ca.imp.deadlineservice.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import ca.imp.accesstesting.TestCallers;
import ca.imp.deadlineservice.UpstreamEvents;
import ca.imp.embedded.LocalStackTestResource;

/** An Idempotency-Key on opening a calendar feed (a creation) and on marking a deadline met (a change). */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class IdempotencyKeyTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private final UpstreamEvents upstream = new UpstreamEvents();
    private final String employer = UpstreamEvents.aBusinessNumber();

    private static RequestSpecification as(String businessNumber, String key) {
        return given().auth().oauth2(TestCallers.employer(businessNumber)).header("Idempotency-Key", key);
    }

    /** The judicial review deadline of a refused offer of the employer, once it is listed to that employer. */
    private String deadlineOf(String businessNumber) {
        String offer = UpstreamEvents.anOfferNumber();
        upstream.refusedOn16June(offer);
        upstream.offerSubmitted(offer, businessNumber, "Employer " + businessNumber);
        await().atMost(WITHIN).untilAsserted(() -> given().auth().oauth2(TestCallers.employer(businessNumber))
                .queryParam("offerNumber", offer).queryParam("kind", "JUDICIAL_REVIEW_LEAVE")
                .get("/deadlines").then().statusCode(200).body("total", greaterThan(0)));
        return given().auth().oauth2(TestCallers.employer(businessNumber)).queryParam("offerNumber", offer)
                .queryParam("kind", "JUDICIAL_REVIEW_LEAVE").get("/deadlines").then().extract().path("items[0].deadlineId");
    }

    @Test
    void a_retried_marking_answers_the_deadline_as_it_stands_and_another_body_under_the_key_is_refused() {
        String deadline = deadlineOf(employer);
        String key = UUID.randomUUID().toString();
        as(employer, key).contentType("application/json").body("{\"note\": \"filed\"}").post("/deadlines/" + deadline + "/met")
                .then().statusCode(200).header("Idempotent-Replayed", nullValue());

        as(employer, key).contentType("application/json").body("{\"note\": \"filed\"}")
                .when().post("/deadlines/" + deadline + "/met")
                .then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("status", equalTo("MET"));
        as(employer, key).contentType("application/json").body("{\"note\": \"filed at last\"}")
                .when().post("/deadlines/" + deadline + "/met")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("idempotency-key-reused"))
                .body("field", equalTo("Idempotency-Key"));
    }

    @Test
    void a_retried_feed_opening_answers_the_same_feed_without_its_secret_address() {
        String key = UUID.randomUUID().toString();
        String feedId = as(employer, key).post("/employers/" + employer + "/calendar-feeds")
                .then().statusCode(201).extract().path("feedId");

        as(employer, key)
                .when().post("/employers/" + employer + "/calendar-feeds")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", nullValue())
                .body("feedId", equalTo(feedId))
                .body("url", nullValue());
    }

    @Test
    void another_employer_may_use_the_same_key() {
        String other = UpstreamEvents.aBusinessNumber();
        String key = UUID.randomUUID().toString();
        as(employer, key).post("/employers/" + employer + "/calendar-feeds").then().statusCode(201);

        as(other, key)
                .when().post("/employers/" + other + "/calendar-feeds")
                .then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void openings_racing_with_one_key_open_one_feed() {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<String>> racing = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                racing.add(CompletableFuture.supplyAsync(() -> as(employer, key).post("/employers/" + employer + "/calendar-feeds")
                        .then().statusCode(201).extract().<String>path("feedId"), pool));
            }
            assertEquals(1, new HashSet<>(racing.stream().map(CompletableFuture::join).toList()).size());
        } finally {
            pool.shutdown();
        }
        given().auth().oauth2(TestCallers.employer(employer)).get("/employers/" + employer + "/calendar-feeds")
                .then().statusCode(200).body("items", hasSize(1));
    }
}
