package ca.imp.offerservice.api;

import static ca.imp.offerservice.EmployerPortal.artistsGroup;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.eventstore.store.EventStore;
import ca.imp.offerservice.EmployerPortal;

/** Offers to performing artists and their staff submitted together, all or none, for a fee capped at CAD 690 in all. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class OfferGroupApiTest {
    @Inject
    EventStore store;

    /** An employer of its own, so that what its offers list shows is only what these tests did. */
    private static String offerOf(String businessNumber) {
        return EmployerPortal.OFFER.replace(EmployerPortal.BUSINESS_NUMBER, businessNumber);
    }

    private static RequestSpecification as(String businessNumber) {
        return given().auth().oauth2(TestCallers.employer(businessNumber)).contentType(ContentType.JSON);
    }

    @Test
    void four_artists_offers_submitted_together_pay_690_in_all() {
        String offer = offerOf("700000001");
        var created = as("700000001").body(artistsGroup(offer, offer, offer, offer))
                .post("/offer-groups")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/offer-groups/[0-9a-f-]{36}$"))
                .body("kind", equalTo("PERFORMING_ARTISTS"))
                .body("totalFee", equalTo(690.0f))
                .body("currency", equalTo("CAD"))
                .body("offers", hasSize(4))
                .body("offers.offerNumber", everyItem(matchesPattern("^A\\d{7}$")))
                .body("offers.fee.amount", everyItem(equalTo(172.5f)))
                .body("offers.fee.status", everyItem(equalTo("DUE")))
                .extract();
        String groupId = created.path("groupId");
        List<String> numbers = created.path("offers.offerNumber");

        as("700000001").get("/offer-groups/" + groupId).then().statusCode(200)
                .body("totalFee", equalTo(690.0f)).body("offers.offerNumber", equalTo(numbers));
        // each offer's own event names its group, and its fee is its share: paid and refunded as any offer's
        var submitted = store.load(numbers.get(0)).await().atMost(Duration.ofSeconds(20)).get(0);
        assertTrue(submitted.data().matches("(?s).*\"group\": ?\"" + groupId + "\".*"), submitted.data());
        as("700000001").body("{\"amount\": 172.50, \"currency\": \"CAD\"}").post("/offers/" + numbers.get(0) + "/fee-payments")
                .then().statusCode(200).body("fee.status", equalTo("PAID"));
    }

    @Test
    void a_group_of_two_is_refused_naming_the_minimum() {
        String offer = offerOf("700000002");
        as("700000002").body(artistsGroup(offer, offer)).post("/offer-groups")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("offer-group-too-small")).body("field", equalTo("offers"))
                .body("detail", containsString("at least 3 offers"));
    }

    @Test
    void a_group_is_submitted_all_or_none() {
        String offer = offerOf("700000003");
        String retiredCode = offer.replaceFirst("\"exemptionCode\": \"\\w+\"", "\"exemptionCode\": \"C12\"");
        as("700000003").body(artistsGroup(offer, offer, retiredCode)).post("/offer-groups")
                .then().statusCode(422).body("rule", equalTo("exemption-code-not-in-force"));

        as("700000003").get("/employers/700000003/offers").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void another_employer_cannot_read_a_group() {
        String offer = offerOf("700000004");
        String groupId = as("700000004").body(artistsGroup(offer, offer, offer)).post("/offer-groups")
                .then().statusCode(201).extract().path("groupId");

        as("700000005").get("/offer-groups/" + groupId).then().statusCode(404)
                .contentType("application/problem+json").body("rule", equalTo("offer-group-not-found"));
    }

    @Test
    void an_offer_claiming_a_fee_exemption_is_refused_in_a_group_naming_it() {
        String offer = offerOf("700000006");
        as("700000006").body(artistsGroup(offer, EmployerPortal.claiming(offer, EmployerPortal.IDRC_CLAIM), offer))
                .post("/offer-groups")
                .then().statusCode(422).body("rule", equalTo("fee-exemption-in-offer-group"))
                .body("field", equalTo("offers[1].feeExemption"));
    }

    @Test
    void the_offers_of_a_group_are_one_employers() {
        String offer = offerOf("700000007");
        as("700000007").body(artistsGroup(offer, offer, offerOf("700000008"))).post("/offer-groups")
                .then().statusCode(422).body("rule", equalTo("offer-group-one-employer"))
                .body("field", equalTo("offers[2].employer.businessNumber"));
    }

    @Test
    void bad_input_is_refused_naming_the_field() {
        String offer = offerOf("700000009");
        as("700000009").body(artistsGroup(offer, offer, offer).replace("true", "false")).post("/offer-groups")
                .then().statusCode(400).contentType("application/problem+json")
                .body(containsString("performingArtistsAndStaff"));
        as("700000009").body(artistsGroup(offer, offer, offer).replace("PERFORMING_ARTISTS", "JUGGLERS")).post("/offer-groups")
                .then().statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo("unknown-offer-group-kind")).body("field", equalTo("kind"));
        as("700000009").get("/offer-groups/not-a-group").then().statusCode(400).contentType("application/problem+json");
    }
}
