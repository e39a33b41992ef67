package ca.imp.decisionservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import ca.imp.accesstesting.TestCallers;
import ca.imp.decisionservice.OffersTopic;
import ca.imp.embedded.LocalStackTestResource;

/** An Idempotency-Key on registering an application (a creation) and on recording a decision (a change). */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "decisions"))
class IdempotencyKeyTest {
    private static final String DECISION = """
            {"outcome": "REFUSED", "decidedOn": "2026-03-02", "grounds": ["INSUFFICIENT_FUNDS"]}""";
    private static final String OTHER_DECISION = """
            {"outcome": "APPROVED", "decidedOn": "2026-03-02", "permitExpiresOn": "2028-03-01"}""";

    private final OffersTopic offers = new OffersTopic();

    private static String application(String offerNumber) {
        return """
                {"offerNumber": "%s", "applicantLocation": "INSIDE_CANADA", "submittedOn": "2026-02-13"}""".formatted(offerNumber);
    }

    private static RequestSpecification as(String token, String key, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body);
    }

    private static String employer() {
        return TestCallers.employer(OffersTopic.EMPLOYER);
    }

    @Test
    void a_retried_registration_answers_the_same_application_with_the_same_location() {
        String key = UUID.randomUUID().toString();
        String body = application(offers.readyOffer());
        var first = as(employer(), key, body).post("/applications").then().statusCode(201).extract();

        as(employer(), key, body)
                .when().post("/applications")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("applicationId", equalTo(first.path("applicationId")));
    }

    @Test
    void the_same_key_with_another_body_is_refused() {
        String key = UUID.randomUUID().toString();
        as(employer(), key, application(offers.readyOffer())).post("/applications").then().statusCode(201);

        as(employer(), key, application(offers.readyOffer()))
                .when().post("/applications")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("idempotency-key-reused"))
                .body("field", equalTo("Idempotency-Key"));
    }

    @Test
    void registrations_racing_with_one_key_register_one_application() {
        String key = UUID.randomUUID().toString();
        String body = application(offers.readyOffer());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<String>> racing = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                racing.add(CompletableFuture.supplyAsync(() -> as(employer(), key, body).post("/applications")
                        .then().statusCode(201).extract().<String>path("applicationId"), pool));
            }
            assertEquals(1, new HashSet<>(racing.stream().map(CompletableFuture::join).toList()).size());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void a_retried_decision_answers_the_application_as_it_stands_and_another_decision_under_the_key_is_refused() {
        String id = as(employer(), UUID.randomUUID().toString(), application(offers.readyOffer())).post("/applications")
                .then().statusCode(201).extract().path("applicationId");
        String key = UUID.randomUUID().toString();
        as(TestCallers.officer(), key, DECISION).post("/applications/" + id + "/decision")
                .then().statusCode(200).header("Idempotent-Replayed", nullValue());

        as(TestCallers.officer(), key, DECISION)
                .when().post("/applications/" + id + "/decision")
                .then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("applicationId", equalTo(id));
        as(TestCallers.officer(), key, OTHER_DECISION)
                .when().post("/applications/" + id + "/decision")
                .then().statusCode(422)
                .body("rule", equalTo("idempotency-key-reused"));
    }

    @Test
    void another_callers_keys_are_their_own() {
        String key = UUID.randomUUID().toString();
        String officers = as(TestCallers.officer(), key, application(offers.readyOffer())).post("/applications")
                .then().statusCode(201).extract().path("applicationId");

        String employers = as(employer(), key, application(offers.readyOffer()))
                .when().post("/applications")
                .then().statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .extract().path("applicationId");

        org.junit.jupiter.api.Assertions.assertNotEquals(officers, employers);
    }
}
