package ca.imp.accesstesting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * The X-Request-Id rules every service keeps (event-store's {@code RequestIds}), checked the same way in each, against
 * the service under test (RestAssured's port, as Quarkus sets it for a test).
 */
public final class RequestIdChecks {
    private static final String HEADER = "X-Request-Id";
    private static final String UUID_FORM = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private RequestIdChecks() {
    }

    /** A usable id a caller sends comes back on the answer, a refusal for want of a token (at {@code protectedPath}) included. */
    public static void aRequestIdSentIsEchoedOnEveryAnswerEvenARefusal(String protectedPath) {
        given().header(HEADER, "trace-42.a").when().get(protectedPath).then().statusCode(401)
                .header(HEADER, equalTo("trace-42.a"));
        given().header(HEADER, "trace-43").when().get("/q/health/ready").then()
                .header(HEADER, equalTo("trace-43"));
    }

    /** A request without an id, or with one that could write what the caller likes into logs, gets a new one. */
    public static void aRequestWithoutAUsableIdGetsANewOne() {
        given().when().get("/q/health/live").then().header(HEADER, matchesPattern(UUID_FORM));
        given().header(HEADER, "two words").when().get("/q/health/live").then()
                .header(HEADER, matchesPattern(UUID_FORM));
    }
}
