package ca.imp.decisionservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import ca.imp.embedded.LocalStackTestResource;

/** The JSON Schemas of the events this service publishes (docs/events/schemas/decision) are served without a token. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "decisions"))
class EventSchemasServedTest {

    @Test
    void the_schema_of_each_event_this_service_publishes_is_served_without_a_token() {
        given().get("/events/schemas/decision/DecisionRendered.v2.json").then().statusCode(200).contentType(containsString("json"))
                .body(containsString("\"$id\" : \"DecisionRendered.v2.json\""));
    }
}
