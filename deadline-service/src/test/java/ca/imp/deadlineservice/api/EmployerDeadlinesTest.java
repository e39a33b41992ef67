package ca.imp.deadlineservice.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import ca.imp.accesstesting.TestCallers;
import ca.imp.deadlineservice.UpstreamEvents;
import ca.imp.embedded.LocalStackTestResource;

/**
 * Whose deadlines a caller sees: a deadline belongs to the employer of its offer, learnt from
 * offer-service's OfferSubmitted. Employers and representatives see their employers' deadlines, and
 * another employer's answer exactly like ones that do not exist; ops and partners see all.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class EmployerDeadlinesTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);
    private final UpstreamEvents upstream = new UpstreamEvents();
    private final String employerA = UpstreamEvents.aBusinessNumber();
    private final String employerB = UpstreamEvents.aBusinessNumber();

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** A refused offer of the employer, once its deadlines are listed to that employer. */
    private String refusedOfferOf(String employer) {
        String offer = UpstreamEvents.anOfferNumber();
        upstream.refusedOn16June(offer);
        upstream.offerSubmitted(offer, employer, "Employer " + employer);
        await().atMost(WITHIN).untilAsserted(() -> as(TestCallers.employer(employer)).queryParam("offerNumber", offer)
                .get("/deadlines").then().statusCode(200).body("total", greaterThan(0)));
        return offer;
    }

    /** A fresh request of employer B (a request specification collects parameters, so each request gets its own). */
    private RequestSpecification asB() {
        return as(TestCallers.employer(employerB));
    }

    private String judicialReviewOf(String employer, String offer) {
        return as(TestCallers.employer(employer)).queryParam("offerNumber", offer).queryParam("kind", "JUDICIAL_REVIEW_LEAVE")
                .get("/deadlines").then().extract().path("items[0].deadlineId");
    }

    @Test
    void without_an_employer_filter_an_employer_sees_only_its_own_deadlines() {
        String offerOfA = refusedOfferOf(employerA);
        String offerOfB = refusedOfferOf(employerB);

        as(TestCallers.employer(employerA)).get("/deadlines").then().statusCode(200)
                .body("total", greaterThan(0)).body("items.offerNumber", everyItem(equalTo(offerOfA)));
        as(TestCallers.employer(employerB)).get("/deadlines").then().statusCode(200)
                .body("total", greaterThan(0)).body("items.offerNumber", everyItem(equalTo(offerOfB)));
    }

    @Test
    void a_representative_sees_exactly_the_deadlines_of_the_employers_it_acts_for() {
        String employerC = UpstreamEvents.aBusinessNumber();
        String offerOfA = refusedOfferOf(employerA);
        refusedOfferOf(employerB);
        String offerOfC = refusedOfferOf(employerC);

        List<String> offers = as(TestCallers.representative(employerA, employerC)).queryParam("size", 200).get("/deadlines")
                .then().statusCode(200).extract().path("items.offerNumber");
        assertEquals(Set.of(offerOfA, offerOfC), Set.copyOf(offers));
    }

    @Test
    void another_employers_deadline_its_timers_and_marking_it_met_answer_exactly_like_an_unknown_deadline() {
        String deadline = judicialReviewOf(employerA, refusedOfferOf(employerA));
        String unknown = UUID.randomUUID().toString();

        sameAnswer(asB().get("/deadlines/" + deadline), deadline, asB().get("/deadlines/" + unknown), unknown);
        sameAnswer(asB().get("/deadlines/" + deadline + "/timers"), deadline,
                asB().get("/deadlines/" + unknown + "/timers"), unknown);
        sameAnswer(asB().contentType("application/json").body("{}").post("/deadlines/" + deadline + "/met"), deadline,
                asB().contentType("application/json").body("{}").post("/deadlines/" + unknown + "/met"), unknown);

        as(TestCallers.employer(employerA)).get("/deadlines/" + deadline).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    /** The same status and body, but for the id asked about. */
    private static void sameAnswer(Response foreign, String foreignId, Response unknown, String unknownId) {
        assertEquals(404, foreign.statusCode());
        assertEquals(unknown.statusCode(), foreign.statusCode());
        assertEquals(unknown.body().asString().replace(unknownId, "<id>"), foreign.body().asString().replace(foreignId, "<id>"));
    }

    @Test
    void filtering_by_another_employer_is_an_unknown_employer_and_its_offers_and_applications_match_nothing() {
        String offerOfA = refusedOfferOf(employerA);
        String nobody = UpstreamEvents.aBusinessNumber();

        Response foreign = asB().queryParam("employer", employerA).get("/deadlines");
        Response unknown = asB().queryParam("employer", nobody).get("/deadlines");
        foreign.then().statusCode(404).contentType("application/problem+json").body("rule", equalTo("employer-not-found"));
        assertEquals(unknown.body().asString().replace(nobody, "<bn>"), foreign.body().asString().replace(employerA, "<bn>"));

        asB().queryParam("offerNumber", offerOfA).get("/deadlines").then().statusCode(200).body("total", equalTo(0));
        asB().queryParam("applicationId", offerOfA + "-1").get("/deadlines").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void ops_and_partners_list_and_read_deadlines_across_employers() {
        String offerOfA = refusedOfferOf(employerA);
        String offerOfB = refusedOfferOf(employerB);
        String deadlineOfA = judicialReviewOf(employerA, offerOfA);

        for (String token : List.of(TestCallers.ops(), TestCallers.partner())) {
            as(token).queryParam("employer", employerA).get("/deadlines").then().statusCode(200)
                    .body("total", greaterThan(0)).body("items.offerNumber", everyItem(equalTo(offerOfA)));
            as(token).queryParam("employer", employerB).get("/deadlines").then().statusCode(200)
                    .body("items.offerNumber", everyItem(equalTo(offerOfB)));
            as(token).queryParam("offerNumber", offerOfB).get("/deadlines").then().statusCode(200).body("total", greaterThan(0));
            as(token).get("/deadlines/" + deadlineOfA).then().statusCode(200).body("offerNumber", equalTo(offerOfA));
            as(token).get("/deadlines/" + deadlineOfA + "/timers").then().statusCode(200);
        }
    }

    @Test
    void a_deadline_whose_offer_is_not_known_yet_belongs_to_no_employer_until_its_offer_arrives() {
        String offer = UpstreamEvents.anOfferNumber();
        upstream.refusedOn16June(offer);
        await().atMost(WITHIN).untilAsserted(() -> as(TestCallers.ops()).queryParam("offerNumber", offer).get("/deadlines")
                .then().statusCode(200).body("total", greaterThan(0)));
        String deadline = as(TestCallers.ops()).queryParam("offerNumber", offer).get("/deadlines").then()
                .extract().path("items[0].deadlineId");

        as(TestCallers.employer(employerA)).queryParam("offerNumber", offer).get("/deadlines").then().body("total", equalTo(0));
        as(TestCallers.employer(employerA)).get("/deadlines/" + deadline).then().statusCode(404);

        upstream.offerSubmitted(offer, employerA, "Maple Robotics Inc.");
        await().atMost(WITHIN).untilAsserted(() -> as(TestCallers.employer(employerA)).get("/deadlines").then()
                .body("items.deadlineId", hasItem(deadline)));
        as(TestCallers.employer(employerB)).get("/deadlines/" + deadline).then().statusCode(404);
    }

    @Test
    void a_malformed_employer_filter_is_a_problem_naming_it() {
        as(TestCallers.ops()).queryParam("employer", "BN-1").get("/deadlines").then()
                .statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("employer")).body("rule", equalTo("pattern"));
    }
}
