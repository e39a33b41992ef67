package ca.imp.deadlineservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import ca.imp.embedded.LocalStackTestResource;

/** The JSON Schemas of the events this service publishes (docs/events/schemas/deadline) are served without a token. */
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
}
