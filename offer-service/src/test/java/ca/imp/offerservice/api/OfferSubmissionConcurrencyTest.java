package ca.imp.offerservice.api;

import static ca.imp.offerservice.EmployerPortal.asEmployer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.offerservice.EmployerPortal;

/** Offer numbers and Idempotency-Keys under load, as several portal servers would submit at once. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class OfferSubmissionConcurrencyTest {

    private static List<String> concurrently(int submissions, int clients, String idempotencyKey) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<CompletableFuture<String>> submitted = new ArrayList<>();
            for (int i = 0; i < submissions; i++) {
                submitted.add(CompletableFuture.supplyAsync(() -> {
                    var request = asEmployer().contentType(ContentType.JSON).body(EmployerPortal.OFFER);
                    if (idempotencyKey != null) {
                        request.header("Idempotency-Key", idempotencyKey);
                    }
                    return request.post("/offers").then().statusCode(201).extract().<String>path("offerNumber");
                }, pool));
            }
            return submitted.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void a_thousand_concurrent_submissions_get_a_thousand_different_numbers() {
        List<String> numbers = concurrently(1_000, 16, null);

        assertEquals(1_000, new HashSet<>(numbers).size());
        numbers.forEach(number -> assertEquals(true, number.matches("^A\\d{7}$"), number));
    }

    @Test
    void a_retry_with_the_same_key_and_body_returns_the_same_offer() {
        String key = UUID.randomUUID().toString();
        String first = asEmployer().contentType(ContentType.JSON).header("Idempotency-Key", key).body(EmployerPortal.OFFER)
                .post("/offers").then().statusCode(201).extract().path("offerNumber");

        asEmployer().contentType(ContentType.JSON).header("Idempotency-Key", key).body(EmployerPortal.OFFER)
                .when().post("/offers")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("offerNumber", equalTo(first));
    }

    @Test
    void retries_racing_with_one_key_create_one_offer() {
        List<String> numbers = concurrently(12, 12, UUID.randomUUID().toString());

        assertEquals(1, new HashSet<>(numbers).size(), numbers.toString());
    }

    @Test
    void the_same_key_with_another_body_is_refused() {
        String key = UUID.randomUUID().toString();
        asEmployer().contentType(ContentType.JSON).header("Idempotency-Key", key).body(EmployerPortal.OFFER)
                .post("/offers").then().statusCode(201);

        asEmployer().contentType(ContentType.JSON).header("Idempotency-Key", key).body(EmployerPortal.OFFER.replace("48.50", "49.00"))
                .when().post("/offers")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("idempotency-key-reused"))
                .body("field", equalTo("Idempotency-Key"));
    }

    @Test
    void keys_are_the_employers_own_so_one_key_used_for_two_employers_creates_two_offers() {
        String key = UUID.randomUUID().toString();
        String otherEmployer = "987654321";
        String representative = TestCallers.representative(EmployerPortal.BUSINESS_NUMBER, otherEmployer);

        String forFirst = given().auth().oauth2(representative).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(EmployerPortal.OFFER).post("/offers").then().statusCode(201).extract().path("offerNumber");
        String forSecond = given().auth().oauth2(representative).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(EmployerPortal.OFFER.replace(EmployerPortal.BUSINESS_NUMBER, otherEmployer))
                .when().post("/offers")
                .then().statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("employer.businessNumber", equalTo(otherEmployer))
                .extract().path("offerNumber");

        assertNotEquals(forFirst, forSecond);
    }
}
