package ca.imp.offerservice.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import ca.imp.accesstesting.RequestIdChecks;
import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;

/**
 * Operators scrape offer-service's metrics without a token: the kernel's lags and parked events, the webhook attempts
 * and the request latency by operation (the route's template, never an offer number); every answer names its request.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class OperatorMetricsTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Test
    void metricsAreScrapedWithoutATokenAndNameEachOperationByItsTemplate() {
        given().auth().oauth2(TestCallers.ops()).when().get("/offers/A9999999/compliance").then().statusCode(404);

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("imp_subscription_lag_events{"))
                .body(containsString("imp_parked_events{subscription=\"kafka-relay\"}"))
                .body(containsString("imp_consumer_lag_records{consumer=\"offer-service/decisions\",topic=\"imp.decisions\"}"))
                .body(containsString("imp_dead_letters_records{"))
                .body(containsString("imp_webhook_attempts_total{status=\"DELIVERED\"}"))
                .body(containsString("imp_webhook_attempts_total{status=\"FAILED\"}"))
                .body(containsString("uri=\"/offers/{offerNumber}/compliance\""))
                .body(containsString("http_server_requests_seconds_count{"))
                .body(not(containsString("A9999999")));
        // sampled, not asked at the scrape: a number once the first sample is in
        await().atMost(WITHIN).untilAsserted(() -> given().when().get("/q/metrics").then()
                .body(matchesPattern("(?s).*\\nimp_relay_lag_events \\d.*")));
    }

    @Test
    void aRequestIdSentIsEchoedOnEveryAnswerEvenARefusal() {
        RequestIdChecks.aRequestIdSentIsEchoedOnEveryAnswerEvenARefusal("/offers/A9999999/compliance");
    }

    @Test
    void aRequestWithoutAUsableIdGetsANewOne() {
        RequestIdChecks.aRequestWithoutAUsableIdGetsANewOne();
    }
}
