package ca.imp.deadlineservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import ca.imp.accesstesting.TestCallers;
import ca.imp.deadlineservice.calendar.FeedSecret;
import ca.imp.embedded.LocalStackTestResource;

/** A problem's type is the page of its rule on this service, served without a token; its instance is the request. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "deadlines"))
class ProblemPagesTest {

    @Test
    void a_problem_points_to_the_page_of_its_rule_and_names_the_request() {
        String path = "/deadlines/" + UUID.randomUUID();
        JsonPath problem = given().auth().oauth2(TestCallers.ops()).get(path).then().statusCode(404)
                .body("rule", equalTo("deadline-not-found")).extract().jsonPath();
        assertEquals(path, problem.getString("instance"));
        assertEquals("http://localhost:" + RestAssured.port + "/problems/deadline-not-found", problem.getString("type"));
        given().get(problem.getString("type")).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<code>deadline-not-found</code>"));
    }

    @Test
    void a_calendar_feed_address_is_never_repeated_as_the_instance() {
        given().get("/calendar-feeds/" + FeedSecret.random().value() + "/deadlines.ics").then().statusCode(404)
                .body("rule", equalTo("calendar-feed-not-found")).body("instance", nullValue())
                .body("type", equalTo("http://localhost:" + RestAssured.port + "/problems/calendar-feed-not-found"));
    }
}
