package ca.imp.decisionservice.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;

/** A problem's type is the page of its rule on this service, served without a token; its instance is the request. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "decisions"))
class ProblemPagesTest {

    @Test
    void a_problem_points_to_the_page_of_its_rule_and_names_the_request() {
        String path = "/applications/A0000009-1";
        JsonPath problem = given().auth().oauth2(TestCallers.officer()).get(path).then().statusCode(404)
                .body("rule", equalTo("application-not-found")).extract().jsonPath();
        assertEquals(path, problem.getString("instance"));
        assertEquals("http://localhost:" + RestAssured.port + "/problems/application-not-found", problem.getString("type"));
        given().get(problem.getString("type")).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<code>application-not-found</code>"));
    }
}
