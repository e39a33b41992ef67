package ca.imp.offerservice.edge;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;
import ca.imp.offerservice.EmployerPortal;

/**
 * The REST edge every service shares (rest-problems), tried with each shape of bad request that once
 * answered 500, an empty body or a text quoting code: each is a 4xx problem+json naming its rule and
 * no internal name. Here because a library module has no application to start; offer-service has every
 * kind of input the edge must survive (a merge-patch tree, money, dates, free text, paged lists).
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class RestEdgeTest {
    private static final List<String> INTERNAL_NAMES = List.of("ca.imp", "com.fasterxml", "io.quarkus", "io.vertx", "java.",
            "jakarta.", "Exception", "StreamRead");
    private static final String OFFER_NUMBER = "A0000001";
    private static final String PAYMENT = "{\"amount\": 230, \"currency\": \"CAD\"}";

    /** Status, problem+json, rule, and not a word of code; the body as read. */
    private static JsonPath assertProblem(int status, String rule, int actualStatus, String contentType, String body) {
        assertEquals(status, actualStatus, body);
        assertThat(contentType, startsWith("application/problem+json"));
        for (String name : INTERNAL_NAMES) {
            assertThat(body, not(containsString(name)));
        }
        JsonPath problem = JsonPath.from(body);
        if (rule != null) {
            assertEquals(rule, problem.getString("rule"), body);
        } else {
            assertThat(body, problem.getString("rule"), notNullValue());
        }
        assertThat(body, problem.getString("type"), matchesPattern("http://localhost(:\\d+)?/problems/" + problem.getString("rule")));
        return problem;
    }

    private static JsonPath assertProblem(Response response, int status, String rule) {
        return assertProblem(status, rule, response.statusCode(), response.contentType(), response.asString());
    }

    private static Response postJson(String path, String body) {
        return EmployerPortal.asEmployer().contentType(ContentType.JSON).body(body).post(path);
    }

    @Test
    void a_key_repeated_after_all_fields_is_a_duplicate_key_naming_the_key() {
        String offer = EmployerPortal.OFFER.trim();
        String repeated = offer.substring(0, offer.length() - 1) + ", \"exemptionCode\": \"C10\"}";
        assertEquals("exemptionCode", assertProblem(postJson("/offers", repeated), 400, "duplicate-key").getString("field"));

        String payment = "{\"amount\": 230, \"currency\": \"CAD\", \"currency\": \"CAD\"}";
        assertEquals("currency", assertProblem(postJson("/offers/" + OFFER_NUMBER + "/fee-payments", payment), 400,
                "duplicate-key").getString("field"));
    }

    @Test
    void nesting_deeper_than_any_request_is_too_deep() {
        String deep = "{\"job\": " + "{\"a\": ".repeat(40) + "1" + "}".repeat(40) + "}";
        assertProblem(postJson("/offers/" + OFFER_NUMBER + "/resubmissions", deep), 400, "too-deep");
    }

    @Test
    void a_number_longer_than_any_field_is_refused_cheaply_with_a_short_problem() {
        String longDigits = "{\"amount\": " + "1".repeat(200) + ", \"currency\": \"CAD\"}";
        assertProblem(postJson("/offers/" + OFFER_NUMBER + "/fee-payments", longDigits), 400, "number-too-long");

        Response huge = postJson("/offers/" + OFFER_NUMBER + "/fee-refunds", "{\"amount\": 1e1000000, \"currency\": \"CAD\"}");
        assertEquals("amount", assertProblem(huge, 400, "number-too-long").getString("field"));
        assertThat(huge.asString().length(), lessThan(1000));
    }

    @Test
    void an_echoed_value_is_short_and_printable() {
        String value = "x\\u0001".repeat(5000);
        Response response = postJson("/offers/" + OFFER_NUMBER + "/fee-payments",
                "{\"amount\": \"" + value + "\", \"currency\": \"CAD\"}");
        JsonPath problem = assertProblem(response, 400, "invalid-value");
        assertThat(problem.getString("detail").length(), lessThan(200));
        assertThat(problem.getString("detail"), not(containsString("\u0001")));
    }

    @Test
    void a_body_that_is_no_object_names_no_class() {
        assertProblem(postJson("/offers", "[]"), 400, "invalid-body");
        assertProblem(postJson("/offers", "\"an offer\""), 400, "invalid-body");
        assertProblem(postJson("/offers", "{\"job\": tru}"), 400, "malformed-json");
    }

    @Test
    void a_null_body_where_an_object_is_needed_is_body_required() {
        assertProblem(postJson("/offers", "null"), 400, "body-required");
        assertProblem(postJson("/offers/" + OFFER_NUMBER + "/fee-refunds", "null"), 400, "body-required");
        assertProblem(postJson("/offers/" + OFFER_NUMBER + "/resubmissions", "null"), 400, "body-required");
    }

    @Test
    void a_date_is_only_an_iso_string() {
        for (String date : List.of("20000", "-1", "[2026, 5, 1]", "true", "{}")) {
            Response response = postJson("/offers/" + OFFER_NUMBER + "/fee-payments",
                    "{\"amount\": 230, \"currency\": \"CAD\", \"paidOn\": " + date + "}");
            assertEquals("paidOn", assertProblem(response, 400, "invalid-value").getString("field"), date);
        }
    }

    @Test
    void a_nul_in_free_text_is_refused_not_a_500() {
        String offer = EmployerPortal.OFFER.replace("Robotics engineer", "Robotics\\u0000engineer");
        assertProblem(postJson("/offers", offer), 400, null);
    }

    @Test
    void a_control_character_in_a_query_or_path_parameter_is_refused_naming_it() {
        Response query = EmployerPortal.asEmployer().urlEncodingEnabled(false)
                .get("/employers/" + EmployerPortal.BUSINESS_NUMBER + "/offers?status=READY%00");
        assertEquals("status", assertProblem(query, 400, "plain-text").getString("field"));

        Response path = EmployerPortal.asEmployer().urlEncodingEnabled(false).get("/offers/A000000%00");
        assertEquals("offerNumber", assertProblem(path, 400, "plain-text").getString("field"));
    }

    @Test
    void a_page_beyond_any_list_is_refused_not_a_500() {
        Response response = EmployerPortal.asEmployer().queryParam("page", Integer.MAX_VALUE)
                .get("/employers/" + EmployerPortal.BUSINESS_NUMBER + "/offers");
        assertProblem(response, 400, null);
    }

    @Test
    void a_uri_longer_than_any_request_is_uri_too_long() throws IOException {
        assertRaw("GET /offers/" + OFFER_NUMBER + "?q=" + "x".repeat(5000) + " HTTP/1.1", "", 414, "uri-too-long");
    }

    @Test
    void a_malformed_percent_encoding_in_the_path_or_query_is_a_malformed_uri() throws IOException {
        assertRaw("GET /offers/%zz HTTP/1.1", "", 400, "malformed-uri");
        assertRaw("GET /employers/" + EmployerPortal.BUSINESS_NUMBER + "/offers?page=% HTTP/1.1", "", 400, "malformed-uri");
        assertRaw("POST /offers/" + OFFER_NUMBER + "%/fee-payments HTTP/1.1", "Content-Type: application/json\r\n"
                + "Content-Length: " + PAYMENT.length() + "\r\n\r\n" + PAYMENT, 400, "malformed-uri");
    }

    @Test
    void headers_larger_than_any_request_are_headers_too_large() throws IOException {
        assertRaw("GET /offers/" + OFFER_NUMBER + " HTTP/1.1", "X-Filler: " + "x".repeat(30_000) + "\r\n", 431, "headers-too-large");
    }

    @Test
    void a_body_over_the_limit_is_body_too_large_with_or_without_its_length() throws IOException {
        assertRaw("POST /offers HTTP/1.1", "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n", 413, "body-too-large");
        String chunk = "x".repeat(8192);
        String chunked = "C\r\n{\"job\": \"xxx\r\n" + ("2000\r\n" + chunk + "\r\n").repeat(10) + "0\r\n\r\n";
        assertRaw("POST /offers HTTP/1.1", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked,
                413, "body-too-large");
        assertRaw("POST /offers HTTP/1.1", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nnull\r\n0\r\n\r\n",
                400, "body-required");
    }

    @Test
    void an_unknown_path_is_no_such_resource() {
        assertProblem(EmployerPortal.asEmployer().get("/no/such/thing"), 404, "no-such-resource");
    }

    @Test
    void a_wrong_method_accept_or_content_type_is_its_own_problem() {
        assertProblem(EmployerPortal.asEmployer().delete("/offers"), 405, "method-not-allowed");
        assertProblem(EmployerPortal.asEmployer().accept("application/xml").get("/offers/" + OFFER_NUMBER), 406, "not-acceptable");
        assertProblem(EmployerPortal.asEmployer().contentType("text/plain").body("an offer").post("/offers"), 415,
                "unsupported-media-type");
    }

    @Test
    void a_missing_token_keeps_its_challenge() {
        Response response = RestAssured.given().get("/offers/" + OFFER_NUMBER);
        assertProblem(response, 401, "authentication-required");
        assertThat(response.header("WWW-Authenticate"), startsWith("Bearer"));
    }

    @Test
    void every_kind_of_problem_points_to_the_page_of_its_rule_on_this_service_and_names_the_request() {
        String offers = "/employers/" + EmployerPortal.BUSINESS_NUMBER + "/offers?page=-1";
        assertInstance(assertProblem(EmployerPortal.asEmployer().get(offers), 400, null), offers);
        assertInstance(assertProblem(RestAssured.given().get("/offers/" + OFFER_NUMBER), 401, "authentication-required"),
                "/offers/" + OFFER_NUMBER);
        assertInstance(assertProblem(RestAssured.given().auth().oauth2(TestCallers.ops()).contentType(ContentType.JSON)
                .body(EmployerPortal.OFFER).post("/offers"), 403, "role-not-allowed"), "/offers");
        assertInstance(assertProblem(EmployerPortal.asEmployer().get("/offers/" + OFFER_NUMBER), 404, "offer-not-found"),
                "/offers/" + OFFER_NUMBER);
        assertInstance(assertProblem(EmployerPortal.asEmployer().get("/no/such/thing"), 404, "no-such-resource"), "/no/such/thing");
        assertInstance(assertProblem(EmployerPortal.asEmployer().delete("/offers"), 405, "method-not-allowed"), "/offers");
        assertInstance(assertProblem(EmployerPortal.asEmployer().contentType("text/plain").body("an offer").post("/offers"), 415,
                "unsupported-media-type"), "/offers");
    }

    private static void assertInstance(JsonPath problem, String request) {
        assertEquals(request, problem.getString("instance"));
        assertEquals("http://localhost:" + RestAssured.port + "/problems/" + problem.getString("rule"), problem.getString("type"));
    }

    @Test
    void the_page_of_a_rule_says_what_it_means_without_a_token() {
        String type = EmployerPortal.asEmployer().get("/offers/" + OFFER_NUMBER).jsonPath().getString("type");
        Response page = RestAssured.given().get(type);
        assertEquals(200, page.statusCode(), page.asString());
        assertThat(page.contentType(), startsWith("text/html"));
        assertThat(page.asString(), containsString("<code>offer-not-found</code>"));
        assertThat(page.asString(), containsString("href=\"/q/swagger-ui\""));
        RestAssured.given().accept(ContentType.JSON).get(type).then().statusCode(200).contentType(ContentType.JSON)
                .body("rule", equalTo("offer-not-found")).body("status", equalTo(404));
        RestAssured.given().get("/problems/invalid-value").then().statusCode(200);
        assertProblem(RestAssured.given().get("/problems/no-such-rule"), 404, "no-such-resource");
    }

    /** A request as bytes, for what an HTTP client library would refuse to send. */
    private static void assertRaw(String requestLine, String rest, int status, String rule) throws IOException {
        String headers = "Host: localhost\r\nAuthorization: Bearer " + EmployerPortal.EMPLOYER_TOKEN + "\r\nConnection: close\r\n";
        String request = requestLine + "\r\n" + headers + (rest.contains("\r\n\r\n") ? rest : rest + "\r\n");
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before reading all of an oversized request
            }
            String response = readAll(socket.getInputStream());
            String[] parts = response.split("\r\n\r\n", 2);
            String head = parts[0];
            int actual = Integer.parseInt(head.split(" ")[1]);
            String contentType = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).trim()).findFirst().orElse("");
            String body = parts.length > 1 ? dechunk(head, parts[1]) : "";
            try {
                assertProblem(status, rule, actual, contentType, body);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(requestLine + " answered:\n" + head + "\n" + body, e);
            }
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // a connection the server closed after answering
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    private static String dechunk(String head, String body) {
        if (!head.toLowerCase().contains("transfer-encoding: chunked")) {
            return body;
        }
        StringBuilder out = new StringBuilder();
        String rest = body;
        while (true) {
            int eol = rest.indexOf("\r\n");
            int size = Integer.parseInt(rest.substring(0, eol).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(rest, eol + 2, eol + 2 + size);
            rest = rest.substring(eol + 2 + size + 2);
        }
    }
}
