package ca.imp.decisionservice.api;

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
 * Operators scrape decision-service's metrics without a token: the kernel's lags and parked events and the request
 * latency by operation (the route's template, never an application's id); every answer names its request.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "decisions"))
class OperatorMetricsTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final UUID UNKNOWN = UUID.randomUUID();

    @Test
    void metricsAreScrapedWithoutATokenAndNameEachOperationByItsTemplate() {
        given().auth().oauth2(TestCallers.ops()).when().get("/applications/" + UNKNOWN);

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("imp_parked_events{subscription=\"kafka-relay\"}"))
                .body(containsString("imp_consumer_lag_records{consumer=\"decision-service/offers\",topic=\"imp.offers\"}"))
                .body(containsString("imp_dead_letters_records{"))
                .body(containsString("uri=\"/applications/{applicationId}\""))
                .body(not(containsString(UNKNOWN.toString())));
        // sampled, not asked at the scrape: a number once the first sample is in
        await().atMost(WITHIN).untilAsserted(() -> given().when().get("/q/metrics").then()
                .body(matchesPattern("(?s).*\\nimp_relay_lag_events \\d.*")));
    }

    @Test
    void aRequestIdSentIsEchoedOnEveryAnswerEvenARefusal() {
        RequestIdChecks.aRequestIdSentIsEchoedOnEveryAnswerEvenARefusal("/applications/" + UNKNOWN);
    }

    @Test
    void aRequestWithoutAUsableIdGetsANewOne() {
        RequestIdChecks.aRequestWithoutAUsableIdGetsANewOne();
    }
}
