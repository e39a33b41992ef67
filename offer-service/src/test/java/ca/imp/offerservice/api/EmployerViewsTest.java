package ca.imp.offerservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.offerservice.EmployerPortal;

/** What an employer sees of all its offers: lists, the fee ledger and a cost forecast. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class EmployerViewsTest {

    private static RequestSpecification asEmployer(String businessNumber) {
        return given().auth().oauth2(TestCallers.employer(businessNumber));
    }

    private static String anEmployer() {
        return "%09d".formatted(ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    private static String submit(String businessNumber, String exemptionCode) {
        return asEmployer(businessNumber).contentType(ContentType.JSON)
                .body(EmployerPortal.OFFER.replace("123456789", businessNumber).replace("\"C10\"", "\"" + exemptionCode + "\""))
                .post("/offers").then().statusCode(201).extract().path("offerNumber");
    }

    private static void pay(String employer, String offer) {
        asEmployer(employer).contentType(ContentType.JSON).body("{\"amount\": 230.00, \"currency\": \"CAD\"}")
                .post("/offers/" + offer + "/fee-payments").then().statusCode(200);
    }

    private static void withdraw(String employer, String offer) {
        asEmployer(employer).contentType(ContentType.JSON).post("/offers/" + offer + "/withdrawal").then().statusCode(200);
    }

    @Test
    void the_fee_ledger_totals_paid_exempt_owed_refunded_and_net_spent() {
        String employer = anEmployer();
        String owed = submit(employer, "C10");
        pay(employer, owed);
        withdraw(employer, owed);
        pay(employer, submit(employer, "C10"));
        asEmployer(employer).contentType(ContentType.JSON)
                .body(EmployerPortal.claiming(EmployerPortal.OFFER.replace("123456789", employer), EmployerPortal.IDRC_CLAIM))
                .post("/offers").then().statusCode(201);
        String refunded = submit(employer, "C10");
        pay(employer, refunded);
        withdraw(employer, refunded);
        asEmployer(employer).contentType(ContentType.JSON).body("{\"amount\": 230.00, \"currency\": \"CAD\"}")
                .post("/offers/" + refunded + "/fee-refunds").then().statusCode(200);
        submit(employer, "C10");

        asEmployer(employer).when().get("/employers/" + employer + "/fees")
                .then().statusCode(200)
                .body("entries", hasSize(5))
                .body("currency", equalTo("CAD"))
                .body("totals.offers", equalTo(5))
                .body("totals.feeExempt", equalTo(1))
                .body("totals.paid", equalTo(690.0f))
                .body("totals.refundOwed", equalTo(230.0f))
                .body("totals.refunded", equalTo(230.0f))
                .body("totals.netSpent", equalTo(230.0f))
                .body("entries.find { it.offerNumber == '" + owed + "' }.feeStatus", equalTo("REFUND_OWED"));
    }

    @Test
    void the_offers_list_pages_newest_first_and_filters_by_status() {
        String employer = anEmployer();
        String first = submit(employer, "C10");
        String second = submit(employer, "C10");
        String third = submit(employer, "C10");
        withdraw(employer, first);

        asEmployer(employer).queryParam("size", 2).get("/employers/" + employer + "/offers").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(2)).body("items[0].offerNumber", equalTo(third))
                .body("items[1].offerNumber", equalTo(second));
        asEmployer(employer).queryParam("size", 2).queryParam("page", 1).get("/employers/" + employer + "/offers").then()
                .body("items", hasSize(1)).body("items[0].offerNumber", equalTo(first));
        asEmployer(employer).queryParam("status", "WITHDRAWN").get("/employers/" + employer + "/offers").then()
                .body("total", equalTo(1)).body("items[0].offerNumber", equalTo(first));
        asEmployer(employer).queryParam("page", 9).get("/employers/" + employer + "/offers").then()
                .body("total", equalTo(3)).body("items", hasSize(0));
    }

    @Test
    void the_cost_forecast_counts_resubmissions_and_their_refunds_at_the_configured_refusal_rate() {
        String employer = anEmployer();
        asEmployer(employer).queryParam("plannedHires", 3).get("/employers/" + employer + "/cost-forecast")
                .then().statusCode(200)
                .body("refusalRate", equalTo(0.22f))
                .body("expectedOffers", equalTo(3.85f))
                .body("expectedFeesPaid", equalTo(884.62f))
                .body("expectedRefunds", equalTo(194.62f))
                .body("expectedNetCost", equalTo(690.0f));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            business number not 9 digits | /employers/12/offers                               | businessNumber
            unknown status               | /employers/123456789/offers?status=LOST            | status
            page size zero               | /employers/123456789/offers?size=0                 | size
            page size over 200           | /employers/123456789/offers?size=500               | size
            negative page                | /employers/123456789/offers?page=-1                | page
            planned hires missing        | /employers/123456789/cost-forecast                 | plannedHires
            planned hires zero           | /employers/123456789/cost-forecast?plannedHires=0  | plannedHires
            """)
    void bad_queries_get_a_problem_naming_the_parameter(String why, String path, String field) {
        asEmployer("123456789").when().get(path)
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo(field));
    }
}
