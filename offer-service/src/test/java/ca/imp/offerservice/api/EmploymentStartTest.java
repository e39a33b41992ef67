package ca.imp.offerservice.api;

import static ca.imp.offerservice.EmployerPortal.asEmployer;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import ca.imp.embedded.LocalStackTestResource;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.offerservice.DecisionTopic;
import ca.imp.offerservice.EmployerPortal;

/** POST /offers/{n}/employment-start: the worker's first day on an approved offer, once, between the approval and today. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class EmploymentStartTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final LocalDate APPROVED_ON = LocalDate.parse("2026-06-16");

    @Inject
    EventStore store;



    /** An offer a worker applied with and was approved with, on {@link #APPROVED_ON}. */
    private String approvedOffer() throws Exception {
        return DecisionTopic.approvedOffer(APPROVED_ON);
    }

    private static Response start(String number, String body) {
        return asEmployer().contentType(ContentType.JSON).body(body).post("/offers/" + number + "/employment-start");
    }

    private long starts(String number) {
        return store.load(number).await().atMost(WITHIN).stream().map(RecordedEvent::type)
                .filter("EmploymentStarted"::equals).count();
    }

    @Test
    void an_approved_offer_shows_the_first_day_of_employment_and_its_history_records_it() throws Exception {
        String number = approvedOffer();

        start(number, "{\"startedOn\": \"2026-09-01\"}").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("employmentStartedOn", equalTo("2026-09-01"));

        asEmployer().get("/offers/" + number).then().body("employmentStartedOn", equalTo("2026-09-01"));
        asEmployer().get("/offers/" + number + "/history").then().statusCode(200)
                .body("items.type", hasItem("EmploymentStarted"))
                .body("items.find { it.type == 'EmploymentStarted' }.data.startedOn", equalTo("2026-09-01"))
                .body("items.find { it.type == 'EmploymentStarted' }.data.applicationId", equalTo(number + "-1"));
    }

    @Test
    void recording_the_same_first_day_again_answers_the_offer_and_records_nothing() throws Exception {
        String number = approvedOffer();
        start(number, "{\"startedOn\": \"2026-09-01\"}").then().statusCode(200);

        start(number, "{\"startedOn\": \"2026-09-01\"}").then().statusCode(200).body("employmentStartedOn", equalTo("2026-09-01"));

        assertEquals(1, starts(number));
    }

    @Test
    void another_first_day_after_one_was_recorded_is_a_conflict_naming_the_day_recorded() throws Exception {
        String number = approvedOffer();
        start(number, "{\"startedOn\": \"2026-09-01\"}").then().statusCode(200);

        start(number, "{\"startedOn\": \"2026-09-02\"}").then().statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("employment-start-already-recorded"))
                .body("startedOn", equalTo("2026-09-01"));
    }

    @Test
    void a_first_day_before_the_approval_is_refused_naming_the_field_and_the_approval() throws Exception {
        String number = approvedOffer();

        start(number, "{\"startedOn\": \"2026-06-15\"}").then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("not-before-approval"))
                .body("field", equalTo("startedOn"))
                .body("approvedOn", equalTo("2026-06-16"));
        assertEquals(0, starts(number));
    }

    @Test
    void a_first_day_in_the_future_is_refused_naming_the_field() throws Exception {
        String number = approvedOffer();

        start(number, "{\"startedOn\": \"" + LocalDate.now().plusDays(2) + "\"}").then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("startedOn"));
    }

    @Test
    void an_offer_that_was_not_approved_has_no_first_day_of_employment() {
        String number = EmployerPortal.readyOffer();

        start(number, "{\"startedOn\": \"2026-09-01\"}").then().statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("offer-not-approved"))
                .body("status", equalTo(409)).body("offerStatus", equalTo("READY"));
        asEmployer().get("/offers/" + number).then().body("employmentStartedOn", nullValue());
    }

    @Test
    void a_retry_with_the_same_idempotency_key_replays_the_answer() throws Exception {
        String number = approvedOffer();
        String key = "employment-start-" + UUID.randomUUID();

        asEmployer().contentType(ContentType.JSON).header("Idempotency-Key", key).body("{\"startedOn\": \"2026-09-01\"}")
                .post("/offers/" + number + "/employment-start").then().statusCode(200).header("Idempotent-Replayed", nullValue());
        asEmployer().contentType(ContentType.JSON).header("Idempotency-Key", key).body("{\"startedOn\": \"2026-09-01\"}")
                .post("/offers/" + number + "/employment-start").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("employmentStartedOn", equalTo("2026-09-01"));
        asEmployer().contentType(ContentType.JSON).header("Idempotency-Key", key).body("{\"startedOn\": \"2026-09-02\"}")
                .post("/offers/" + number + "/employment-start").then().statusCode(422)
                .body("rule", equalTo("idempotency-key-reused"));
        assertEquals(1, starts(number));
    }
}
