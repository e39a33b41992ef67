package ca.imp.deadlineservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import ca.imp.embedded.LocalStackTestResource;

/** The events' contracts in docs/events are served without a token: this service's schemas (docs/events/schemas/deadline), the AsyncAPI document and the schemas it refers to. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class EventSchemasServedTest {

    @Test
    void the_schema_of_each_event_this_service_publishes_is_served_without_a_token() {
        given().get("/events/schemas/deadline/DeadlineScheduled.v1.json").then().statusCode(200).contentType(containsString("json"))
                .body(containsString("\"$id\" : \"DeadlineScheduled.v1.json\""));
        given().get("/events/schemas/deadline/DeadlineScheduled.v2.json").then().statusCode(200)
                .body(containsString("\"$id\" : \"DeadlineScheduled.v2.json\"")).body(containsString("\"policy\""));
    }

    /** The document refers to each schema relative to itself, so each service serves every area's: this one another's. */
    @Test
    void the_asyncapi_document_of_the_three_topics_and_the_schemas_it_refers_to_are_served_without_a_token() {
        given().get("/events/asyncapi.yaml").then().statusCode(200)
                .body(containsString("asyncapi: 3.0.0"), containsString("$ref: ./schemas/decision/DecisionRendered.v1.json"));
        given().get("/events/schemas/decision/DecisionRendered.v1.json").then().statusCode(200).contentType(containsString("json"));
    }
}
