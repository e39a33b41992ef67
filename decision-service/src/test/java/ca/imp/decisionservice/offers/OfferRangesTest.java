package ca.imp.decisionservice.offers;

import static ca.imp.decisionservice.OffersTopic.WITHIN;
import static ca.imp.decisionservice.OffersTopic.anOfferNumber;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import ca.imp.accesstesting.TestCallers;
import ca.imp.decisionservice.OffersTopic;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.embedded.TopicClient;

/**
 * decision-service applies an offer-service event only if what it keeps of it is in the ranges
 * offer-service's REST edge enforces: an offer published raw with a fee or an employer name outside
 * them is dead-lettered with the range it broke, and the offers after it still arrive.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "decisions"))
class OfferRangesTest {
    private final OffersTopic offers = new OffersTopic();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a fee of 1e1000000             | 1e1000000 | Maple Robotics Inc.       | feeDue
            a negative fee                 | -230      | Maple Robotics Inc.       | feeDue
            a fee in fractions of a cent   | 230.001   | Maple Robotics Inc.       | feeDue
            a NUL in the employer's name   | 230.00    | Maple\\u0000Robotics Inc. | terms.employer.legalName
            """)
    void an_offer_outside_its_ranges_is_not_applied_and_the_next_one_is(String why, String feeDue, String legalName, String field) {
        String offer = anOfferNumber();
        offers.publish(offer, "OfferSubmitted", """
                {"offerNumber": "%s", "terms": {"employer": {"businessNumber": "%s", "legalName": "%s"}},
                 "feeDue": %s, "currency": "CAD", "replaces": null}""".formatted(offer, OffersTopic.EMPLOYER, legalName, feeDue));

        var dead = new TopicClient(LocalStack.shared().kafka().bootstrapServers()).readUntil("decision-service.dead-letters",
                records -> records.stream().anyMatch(r -> offer.equals(r.key())), WITHIN);
        String reason = dead.stream().filter(r -> offer.equals(r.key())).map(r -> TopicClient.header(r, "dead-letter-reason"))
                .findFirst().orElseThrow();
        assertTrue(reason.contains(field + " must "), reason);
        given().auth().oauth2(TestCallers.officer()).get("/offers/" + offer + "/applications").then().statusCode(404);
        offers.readyOffer();
    }
}
