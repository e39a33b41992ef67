package ca.imp.decisionservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import ca.imp.embedded.LocalStackTestResource;

/** The events' contracts in docs/events are served without a token: this service's schemas (docs/events/schemas/decision), the AsyncAPI document and the schemas it refers to. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "decisions"))
class EventSchemasServedTest {

    @Test
    void the_schema_of_each_event_this_service_publishes_is_served_without_a_token() {
        given().get("/events/schemas/decision/DecisionRendered.v2.json").then().statusCode(200).contentType(containsString("json"))
                .body(containsString("\"$id\" : \"DecisionRendered.v2.json\""));
    }

    /** The document refers to each schema relative to itself, so each service serves every area's: this one another's. */
    @Test
    void the_asyncapi_document_of_the_three_topics_and_the_schemas_it_refers_to_are_served_without_a_token() {
        given().get("/events/asyncapi.yaml").then().statusCode(200)
                .body(containsString("asyncapi: 3.0.0"), containsString("$ref: ./schemas/offer/OfferSubmitted.v1.json"));
        given().get("/events/schemas/offer/OfferSubmitted.v1.json").then().statusCode(200).contentType(containsString("json"));
    }
}
