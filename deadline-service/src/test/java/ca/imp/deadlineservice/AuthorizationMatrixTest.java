package ca.imp.deadlineservice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.accesstesting.AuthorizationSweep;
import ca.imp.accesstesting.AuthorizationSweep.Call;
import ca.imp.accesstesting.OpsEntries;
import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;

/**
 * Every deadline-service operation of docs/security.md, called as every kind of caller, on deadlines
 * and calendar feeds of employer A. deadline-service keeps no personal data: the contact details in A's
 * offers, which it receives, must reach no one. What must not leak to anyone refused is the offer
 * number of A's deadline, which no path of the sweep names.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class AuthorizationMatrixTest {
    /** Generous: this class often runs first in its JVM, whose first requests and consumers warm up. */
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String FEEDS_OF_A = "/employers/" + AuthorizationSweep.EMPLOYER_A + "/calendar-feeds";

    private final UpstreamEvents upstream = new UpstreamEvents();

    @TestHTTPResource("/")
    URL url;

    @Inject
    Pool pool;

    @Test
    void every_caller_gets_exactly_what_docs_security_md_allows() {
        String offerOfA = refusedOfferOfA();
        String deadlineOfA = judicialReviewOf(offerOfA);

        AuthorizationSweep.sweep("deadline-service", url.toString().replaceAll("/$", ""), operation -> switch (operation) {
            case "POST /deadlines/preview" -> Call.post("/deadlines/preview",
                    "{\"outcome\": \"REFUSED\", \"decidedOn\": \"2026-06-16\", \"applicantLocation\": \"INSIDE_CANADA\"}");
            case "GET /deadlines" -> Call.get("/deadlines?employer=" + AuthorizationSweep.EMPLOYER_A);
            case "GET /deadlines/{deadlineId}" -> Call.get("/deadlines/" + deadlineOfA);
            case "GET /deadlines/{deadlineId}/timers" -> Call.get("/deadlines/" + deadlineOfA + "/timers");
            // marking met is a write: each caller gets a deadline still open
            case "POST /deadlines/{deadlineId}/met" -> Call.post("/deadlines/" + judicialReviewOf(refusedOfferOfA()) + "/met", "{}");
            case "POST /employers/{businessNumber}/calendar-feeds" -> Call.post(FEEDS_OF_A, "{}");
            case "GET /employers/{businessNumber}/calendar-feeds" -> Call.get(FEEDS_OF_A);
            case "DELETE /employers/{businessNumber}/calendar-feeds/{feedId}" -> Call.delete(FEEDS_OF_A + "/" + openFeedOfA().feedId());
            case "GET /calendar-feeds/{secret}/deadlines.ics" -> Call.get(openFeedOfA().path());
            case "GET /ops/offers/{offerNumber}/facts" -> Call.get("/ops/offers/" + offerOfA + "/facts");
            case "GET /ops/offer-facts" -> Call.get("/ops/offer-facts");
            case "GET /ops/parked-events" -> Call.get("/ops/parked-events");
            case "POST /ops/parked-events/{id}/retry" -> Call.post("/ops/parked-events/" + OpsEntries.parkedEvent(pool) + "/retry", "{}");
            case "POST /ops/parked-events/retry" -> Call.post("/ops/parked-events/retry", "{}");
            case "GET /ops/dead-letters" -> Call.get("/ops/dead-letters");
            case "POST /ops/dead-letters/{id}/retry" ->
                    Call.post("/ops/dead-letters/" + OpsEntries.deadLetter(pool, "deadline-service/decisions") + "/retry", "{}");
            case "GET /ops/read-models" -> Call.get("/ops/read-models");
            case "GET /ops/read-models/{name}" -> Call.get("/ops/read-models/deadline-view");
            // a rebuild asked while one replays is a 409, which is allowed too
            case "POST /ops/read-models/{name}/rebuilds" -> Call.post("/ops/read-models/deadline-view/rebuilds", "{}");
            case "GET /ops/parked-timers" -> Call.get("/ops/parked-timers");
            case "POST /ops/parked-timers/{deadlineId}/{timer}/retry" -> Call.post("/ops/parked-timers/" + parkedTimer() + "/ELAPSE/retry", "{}");
            default -> throw new IllegalArgumentException("no fixture for " + operation);
        }, UpstreamEvents.CONTACT, List.of(offerOfA));
    }

    /** A parked timer of a deadline no stream records: fired again, the deadline's rules refuse it. */
    private UUID parkedTimer() {
        UUID deadline = UUID.randomUUID();
        pool.preparedQuery("INSERT INTO deadline_timers (deadline_id, timer, offer_number, kind, days_before, fire_at, state,"
                        + " settled_at, attempts, reason) VALUES ($1, 'ELAPSE', $2, 'ELAPSE', 0, now(), 'PARKED', now(), 3, 'a fixture')")
                .execute(Tuple.of(deadline, UpstreamEvents.anOfferNumber())).await().atMost(WITHIN);
        return deadline;
    }

    private String refusedOfferOfA() {
        String offer = UpstreamEvents.anOfferNumber();
        upstream.offerSubmitted(offer, AuthorizationSweep.EMPLOYER_A, "Employer A Ltd.");
        upstream.refusedOn16June(offer);
        await().atMost(WITHIN).untilAsserted(() -> given().auth().oauth2(TestCallers.employer(AuthorizationSweep.EMPLOYER_A))
                .queryParam("offerNumber", offer).queryParam("kind", "JUDICIAL_REVIEW_LEAVE").get("/deadlines")
                .then().statusCode(200).body("total", greaterThan(0)));
        return offer;
    }

    private static String judicialReviewOf(String offer) {
        return given().auth().oauth2(TestCallers.employer(AuthorizationSweep.EMPLOYER_A))
                .queryParam("offerNumber", offer).queryParam("kind", "JUDICIAL_REVIEW_LEAVE").get("/deadlines")
                .then().statusCode(200).extract().path("items[0].deadlineId");
    }

    /** A feed of employer A: its id, and the path of its secret address. */
    private record Feed(String feedId, String path) {
    }

    private static Feed openFeedOfA() {
        var opened = given().auth().oauth2(TestCallers.employer(AuthorizationSweep.EMPLOYER_A)).post(FEEDS_OF_A)
                .then().statusCode(201).extract();
        return new Feed(opened.path("feedId"), URI.create(opened.<String>path("url")).getPath());
    }
}
