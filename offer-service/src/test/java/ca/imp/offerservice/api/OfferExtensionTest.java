package ca.imp.offerservice.api;

import static ca.imp.offerservice.EmployerPortal.asEmployer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.offerservice.DecisionTopic;
import ca.imp.offerservice.EmployerPortal;

/**
 * POST /offers/{n}/extensions: a new offer with its own fee that keeps the worker of an approved offer on, and
 * GET /offers/{n}/chain: the offers for one worker, from the original through its resubmissions and extensions.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class OfferExtensionTest {
    private static final LocalDate APPROVED_ON = LocalDate.parse("2026-06-16");

    private static Response extend(String number, String patch) {
        return asEmployer().contentType("application/merge-patch+json").body(patch).post("/offers/" + number + "/extensions");
    }

    private static String extension(String approved) {
        return extend(approved, "{}").then().statusCode(201).extract().path("offerNumber");
    }

    private static void withdraw(String number) {
        asEmployer().contentType(ContentType.JSON).post("/offers/" + number + "/withdrawal").then().statusCode(200);
    }

    @Test
    void an_approved_offer_is_extended_by_a_new_offer_prefilled_with_the_changes_and_its_own_fee() {
        String approved = DecisionTopic.approvedOffer(APPROVED_ON);

        String extension = extend(approved, "{\"job\": {\"endsOn\": \"2030-08-31\"}}")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/offers/A\\d{7}$"))
                .body("status", equalTo("AWAITING_FEE"))
                .body("fee.status", equalTo("DUE"))
                .body("fee.amount", equalTo(230.0f))
                .body("job.endsOn", equalTo("2030-08-31"))
                .body("job.title", equalTo("Robotics engineer"))
                .body("worker.passportNumber", equalTo("19AB12345"))
                .extract().path("offerNumber");

        asEmployer().get("/offers/" + approved).then().body("status", equalTo("APPROVED")).body("fee.status", equalTo("SPENT"));
        asEmployer().get("/offers/" + approved + "/history").then()
                .body("items.find { it.type == 'OfferExtended' }.data.extendedAs", equalTo(extension));
        asEmployer().get("/offers/" + extension + "/history").then()
                .body("items[0].type", equalTo("OfferSubmitted"))
                .body("items[0].data.extendsOffer", equalTo(approved));
    }

    @Test
    void an_extension_needs_an_approved_offer() {
        String ready = EmployerPortal.readyOffer();

        extend(ready, "{}").then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("extension-needs-approval")).body("offerStatus", equalTo("READY"));
    }

    @Test
    void one_extension_is_under_way_at_a_time_and_another_follows_one_that_ended_without_a_permit() {
        String approved = DecisionTopic.approvedOffer(APPROVED_ON);
        String first = extension(approved);

        extend(approved, "{}").then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("already-extended")).body("extendedAs", equalTo(first))
                .body("extensionStatus", equalTo("AWAITING_FEE"));
        withdraw(first);
        String second = extension(approved);

        asEmployer().get("/offers/" + approved + "/history").then()
                .body("items.findAll { it.type == 'OfferExtended' }.data.extendedAs", contains(first, second));
    }

    @Test
    void an_extension_keeps_the_employer() {
        String approved = DecisionTopic.approvedOffer(APPROVED_ON);

        extend(approved, "{\"employer\": {\"businessNumber\": \"987654321\"}}").then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("extension-keeps-employer")).body("field", equalTo("employer.businessNumber"));
    }

    @Test
    void an_extension_whose_changes_break_a_rule_is_a_problem_naming_the_field() {
        String approved = DecisionTopic.approvedOffer(APPROVED_ON);

        extend(approved, "{\"job\": {\"endsOn\": \"2020-01-01\"}}").then().statusCode(422)
                .body("rule", equalTo("end-not-before-start")).body("field", equalTo("job.endsOn"));
        extend(approved, "{\"job\": {\"hoursPerWeek\": \"many\"}}").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("job.hoursPerWeek"));
        extend(approved, "[]").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void another_employers_offer_is_neither_extended_nor_chained() {
        String approved = DecisionTopic.approvedOffer(APPROVED_ON);

        given().auth().oauth2(TestCallers.employer("987654321")).contentType(ContentType.JSON).body("{}")
                .post("/offers/" + approved + "/extensions").then().statusCode(404).body("rule", equalTo("offer-not-found"));
        given().auth().oauth2(TestCallers.employer("987654321")).get("/offers/" + approved + "/chain")
                .then().statusCode(404).body("rule", equalTo("offer-not-found"));
    }

    @Test
    void a_retried_extension_with_the_same_key_answers_the_same_offer() {
        String approved = DecisionTopic.approvedOffer(APPROVED_ON);
        String key = "extend-" + approved;

        String location = asEmployer().header("Idempotency-Key", key).contentType(ContentType.JSON).body("{}")
                .post("/offers/" + approved + "/extensions").then().statusCode(201).extract().header("Location");
        asEmployer().header("Idempotency-Key", key).contentType(ContentType.JSON).body("{}")
                .post("/offers/" + approved + "/extensions").then().statusCode(201)
                .header("Location", equalTo(location)).header("Idempotent-Replayed", equalTo("true"));
    }

    @Test
    void the_chain_of_one_worker_reads_the_same_from_any_of_its_offers_oldest_first() {
        String original = DecisionTopic.approvedOffer(APPROVED_ON, LocalDate.parse("2028-06-15"));
        String extension = extension(original);
        withdraw(extension);
        String resubmission = asEmployer().contentType(ContentType.JSON).body("{}").post("/offers/" + extension + "/resubmissions")
                .then().statusCode(201).extract().path("offerNumber");

        for (String member : new String[] {original, extension, resubmission}) {
            asEmployer().get("/offers/" + member + "/chain").then().statusCode(200)
                    .body("total", equalTo(3))
                    .body("items.offerNumber", contains(original, extension, resubmission))
                    .body("items.relation", contains("ORIGINAL", "EXTENSION_OF", "RESUBMISSION_OF"))
                    .body("items.relatedOffer", contains(nullValue(), equalTo(original), equalTo(extension)))
                    .body("items.status", contains("APPROVED", "WITHDRAWN", "AWAITING_FEE"));
        }
        asEmployer().get("/offers/" + resubmission + "/chain").then()
                .body("items[0].invalidation.outcome", equalTo("APPROVED"))
                .body("items[0].invalidation.decidedOn", equalTo(APPROVED_ON.toString()))
                .body("items[0].fee.status", equalTo("SPENT"))
                .body("items[0].permitExpiresOn", equalTo("2028-06-15"))
                .body("items[1].permitExpiresOn", nullValue())
                .body("items[1].invalidation.withdrawnOn", matchesPattern("\\d{4}-\\d{2}-\\d{2}"))
                .body("items[2].fee.amount", equalTo(230.0f))
                .body("items[2].submittedOn", matchesPattern("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void the_chain_is_a_page() {
        String original = DecisionTopic.approvedOffer(APPROVED_ON);
        String extension = extension(original);

        asEmployer().get("/offers/" + original + "/chain?page=1&size=1").then().statusCode(200)
                .body("items.offerNumber", contains(extension)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("total", equalTo(2));
        asEmployer().get("/offers/" + original + "/chain?size=0").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("size"));
        asEmployer().get("/offers/" + EmployerPortal.readyOffer() + "/chain").then().statusCode(200)
                .body("items.relation", contains("ORIGINAL")).body("items[0].invalidation", nullValue());
        asEmployer().get("/offers/A0000000/chain").then().statusCode(404);
    }
}
