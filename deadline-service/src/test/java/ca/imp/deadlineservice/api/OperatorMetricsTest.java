package ca.imp.deadlineservice.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import ca.imp.accesstesting.RequestIdChecks;
import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;

/**
 * Operators scrape deadline-service's metrics without a token: the kernel's lags and parked events, the timers due and
 * fired, and the request latency by operation (the route's template, never a deadline's id); every answer names its
 * request.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class OperatorMetricsTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final UUID UNKNOWN = UUID.randomUUID();

    @Test
    void metricsAreScrapedWithoutATokenAndNameEachOperationByItsTemplate() {
        given().auth().oauth2(TestCallers.ops()).when().get("/deadlines/" + UNKNOWN).then().statusCode(404);

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("imp_subscription_lag_events{"))
                .body(containsString("imp_parked_events{subscription=\"kafka-relay\"}"))
                .body(containsString("imp_consumer_lag_records{consumer=\"deadline-service/offers\",topic=\"imp.offers\"}"))
                .body(containsString("imp_dead_letters_records{"))
                .body(containsString("imp_timers_due "))
                .body(containsString("imp_timers_fired_total{kind=\"ELAPSE\",state=\"FIRED\"}"))
                .body(containsString("uri=\"/deadlines/{deadlineId}\""))
                .body(not(containsString(UNKNOWN.toString())));
        // sampled, not asked at the scrape: a number once the first sample is in
        await().atMost(WITHIN).untilAsserted(() -> given().when().get("/q/metrics").then()
                .body(matchesPattern("(?s).*\\nimp_relay_lag_events \\d.*")));
    }

    @Test
    void aRequestIdSentIsEchoedOnEveryAnswerEvenARefusal() {
        RequestIdChecks.aRequestIdSentIsEchoedOnEveryAnswerEvenARefusal("/deadlines/" + UNKNOWN);
    }

    @Test
    void aRequestWithoutAUsableIdGetsANewOne() {
        RequestIdChecks.aRequestWithoutAUsableIdGetsANewOne();
    }
}
