package ca.imp.deadlineservice.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.deadlineservice.UpstreamEvents;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.embedded.TopicClient;

/**
 * deadline-service applies an upstream event only if what it uses is in the ranges the producer's
 * REST edge enforces (the same ranges): a decision or an offer published raw outside them starts no
 * deadline and names no employer; it is dead-lettered with the range it broke, and the events
 * after it still apply.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class UpstreamRangesTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private final TopicClient kafka = new TopicClient(LocalStack.shared().kafka().bootstrapServers());
    private final UpstreamEvents upstream = new UpstreamEvents();

    private String deadLetterReason(String key) {
        var dead = kafka.readUntil("deadline-service.dead-letters", records -> records.stream().anyMatch(r -> key.equals(r.key())),
                WITHIN);
        return TopicClient.header(dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow(), "dead-letter-reason");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2014-12-31", "-0001-01-01", "+999999999-12-31"})
    void a_decision_dated_outside_the_portal_era_starts_no_deadline(String decisionDate) {
        String offer = UpstreamEvents.anOfferNumber();

        upstream.refused(offer, LocalDate.parse(decisionDate), ApplicantLocation.INSIDE_CANADA, UUID.randomUUID());
        upstream.refused(offer, LocalDate.parse("2026-06-16"), ApplicantLocation.INSIDE_CANADA, UUID.randomUUID());

        String reason = deadLetterReason(offer);
        assertTrue(reason.contains("decisionDate must be between 2015-01-01 and today"), reason);
        await().atMost(WITHIN).untilAsserted(() -> given().auth().oauth2(TestCallers.ops()).queryParam("offerNumber", offer)
                .get("/deadlines").then().statusCode(200)
                .body("items.startsOn", hasItem("2026-06-16"))
                .body("items.findAll { it.startsOn != '2026-06-16' }.size()", equalTo(0)));
    }

    @Test
    void an_offer_whose_employer_name_has_a_control_character_names_no_employer() {
        String offer = UpstreamEvents.anOfferNumber();

        upstream.offerSubmitted(offer, UpstreamEvents.aBusinessNumber(), "Maple\\u0000Robotics");

        String reason = deadLetterReason(offer);
        assertTrue(reason.contains("terms.employer.legalName must not contain control characters"), reason);
    }

    @Test
    void a_first_day_of_employment_in_the_future_moves_no_deadline() {
        String offer = UpstreamEvents.anOfferNumber();

        upstream.employmentStarted(offer, LocalDate.now().plusDays(2), UUID.randomUUID());

        String reason = deadLetterReason(offer);
        assertTrue(reason.contains("startedOn must be between 2015-01-01 and today"), reason);
        given().auth().oauth2(TestCallers.ops()).queryParam("offerNumber", offer).get("/deadlines").then()
                .body("total", equalTo(0));
    }
}
