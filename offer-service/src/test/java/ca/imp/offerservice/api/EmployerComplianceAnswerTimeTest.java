package ca.imp.offerservice.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.offerservice.EmployerPortal;
import ca.imp.offerservice.offer.OfferCommand;
import ca.imp.offerservice.offer.Offers;

/**
 * How long GET /employers/{bn}/compliance takes for an employer with 200 approved offers (it reads two short streams per
 * active offer). Measured, not asserted, and not part of the test command:
 * {@code ./mvnw -B -ntp verify -pl offer-service -am -Dtest=EmployerComplianceAnswerTimeTest -Dbenchmark.overview=true
 * -Dsurefire.failIfNoSpecifiedTests=false | grep BENCHMARK}; {@code -Dbenchmark.overview.offers=N} changes the count.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
@EnabledIfSystemProperty(named = "benchmark.overview", matches = "true")
class EmployerComplianceAnswerTimeTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final LocalDate APPROVED_ON = LocalDate.parse("2026-06-16");

    @Inject
    Offers offers;

    @Test
    void the_overview_of_an_employer_with_200_approved_offers() {
        int count = Integer.getInteger("benchmark.overview.offers", 200);
        String employer = Integer.toString(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
        String token = TestCallers.employer(employer);
        for (int i = 0; i < count; i++) {
            String number = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(EmployerPortal.OFFER.replace(EmployerPortal.BUSINESS_NUMBER, employer)).post("/offers")
                    .then().statusCode(201).extract().path("offerNumber");
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"amount\": 230, \"currency\": \"CAD\"}")
                    .post("/offers/" + number + "/fee-payments").then().statusCode(200);
            EventMetadata system = EventMetadata.byActor("system:offer-service");
            offers.handle(new OfferCommand.LinkApplication(number, number + "-1", APPROVED_ON.minusMonths(1)), system)
                    .await().atMost(WITHIN);
            offers.handle(new OfferCommand.InvalidateOffer(number, number + "-1", DecisionOutcome.APPROVED, true, APPROVED_ON,
                    UUID.randomUUID(), APPROVED_ON.plusWeeks(8), APPROVED_ON.plusYears(2).plusDays(i)), system).await().atMost(WITHIN);
        }
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            overview(employer, token, count);
        }
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < 20; run++) {
            long start = System.nanoTime();
            overview(employer, token, count);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.printf("BENCHMARK GET /employers/{bn}/compliance, %d approved offers, 20 reads after 3: p50 %d ms, max %d ms%n",
                count, millis.get(millis.size() / 2), millis.get(millis.size() - 1));
    }

    private static void overview(String employer, String token, int count) {
        int total = given().auth().oauth2(token).get("/employers/" + employer + "/compliance?size=50").then().statusCode(200)
                .extract().path("total");
        assertEquals(count, total);
    }
}
