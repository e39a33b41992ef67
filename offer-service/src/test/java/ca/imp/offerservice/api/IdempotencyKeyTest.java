package ca.imp.offerservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.offerservice.EmployerPortal;

/**
 * An Idempotency-Key on a POST that changes an offer: a retry answers the offer as it stands and
 * changes nothing, the key is the employer's own and good for one request only. (Creations under a
 * key: OfferSubmissionConcurrencyTest.)
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class IdempotencyKeyTest {
    private static final String PAYMENT = "{\"amount\": 230, \"currency\": \"CAD\"}";

    private static RequestSpecification pay(String token, String key, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body);
    }

    @Test
    void a_retried_fee_payment_answers_the_offer_as_it_stands_and_records_nothing_more() {
        String number = EmployerPortal.submitOffer();
        String key = UUID.randomUUID().toString();
        pay(EmployerPortal.EMPLOYER_TOKEN, key, PAYMENT).post("/offers/" + number + "/fee-payments")
                .then().statusCode(200).header("Idempotent-Replayed", nullValue());

        pay(EmployerPortal.EMPLOYER_TOKEN, key, PAYMENT)
                .when().post("/offers/" + number + "/fee-payments")
                .then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("offerNumber", equalTo(number))
                .body("fee.status", equalTo("PAID"));
    }

    @Test
    void the_key_of_a_fee_payment_on_another_offer_or_another_operation_is_refused() {
        String paid = EmployerPortal.submitOffer();
        String other = EmployerPortal.submitOffer();
        String key = UUID.randomUUID().toString();
        pay(EmployerPortal.EMPLOYER_TOKEN, key, PAYMENT).post("/offers/" + paid + "/fee-payments").then().statusCode(200);

        pay(EmployerPortal.EMPLOYER_TOKEN, key, PAYMENT)
                .when().post("/offers/" + other + "/fee-payments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("idempotency-key-reused"))
                .body("field", equalTo("Idempotency-Key"));
        pay(EmployerPortal.EMPLOYER_TOKEN, key, "{}")
                .when().post("/offers/" + paid + "/withdrawal")
                .then().statusCode(422)
                .body("rule", equalTo("idempotency-key-reused"));
        EmployerPortal.asEmployer().get("/offers/" + paid).then().body("status", equalTo("READY"));
    }

    @Test
    void another_employer_may_use_the_same_key() {
        String otherEmployer = "987654321";
        String otherToken = TestCallers.employer(otherEmployer);
        String mine = EmployerPortal.submitOffer();
        String theirs = given().auth().oauth2(otherToken).contentType(ContentType.JSON)
                .body(EmployerPortal.OFFER.replace(EmployerPortal.BUSINESS_NUMBER, otherEmployer))
                .post("/offers").then().statusCode(201).extract().path("offerNumber");
        String key = UUID.randomUUID().toString();
        pay(EmployerPortal.EMPLOYER_TOKEN, key, PAYMENT).post("/offers/" + mine + "/fee-payments").then().statusCode(200);

        pay(otherToken, key, PAYMENT)
                .when().post("/offers/" + theirs + "/fee-payments")
                .then().statusCode(200)
                .header("Idempotent-Replayed", nullValue())
                .body("offerNumber", equalTo(theirs));
    }

    @Test
    void a_retried_resubmission_answers_the_same_new_offer() {
        String ended = EmployerPortal.submitOffer();
        EmployerPortal.asEmployer().contentType(ContentType.JSON).body("{}").post("/offers/" + ended + "/withdrawal")
                .then().statusCode(200);
        String key = UUID.randomUUID().toString();
        var first = pay(EmployerPortal.EMPLOYER_TOKEN, key, "{\"job\": {\"title\": \"Welder\", \"hoursPerWeek\": 35}}")
                .post("/offers/" + ended + "/resubmissions").then().statusCode(201).extract();

        pay(EmployerPortal.EMPLOYER_TOKEN, key, "{\"job\": {\"hoursPerWeek\": 35, \"title\": \"Welder\"}}")
                .when().post("/offers/" + ended + "/resubmissions")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("offerNumber", equalTo(first.path("offerNumber")));
    }

    @Test
    void a_key_is_one_to_255_visible_ascii_characters() {
        String number = EmployerPortal.submitOffer();

        pay(EmployerPortal.EMPLOYER_TOKEN, "two words", PAYMENT)
                .when().post("/offers/" + number + "/fee-payments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("Idempotency-Key"));
        pay(EmployerPortal.EMPLOYER_TOKEN, "k".repeat(256), EmployerPortal.OFFER)
                .when().post("/offers")
                .then().statusCode(400)
                .body("field", equalTo("Idempotency-Key"));
        EmployerPortal.asEmployer().get("/offers/" + number).then().body("status", equalTo("AWAITING_FEE"));
    }
}
