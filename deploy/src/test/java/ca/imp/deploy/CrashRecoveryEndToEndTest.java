package ca.imp.deploy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.restassured.http.ContentType;

import ca.imp.accesstesting.TestCallers;

/**
 * Recovery in seconds: offer-service killed outright (SIGKILL) and restarted takes its Kafka partitions
 * back at once (static group membership), so a decision recorded as soon as it is healthy invalidates
 * the offer within 10 seconds, and its relay carries on from its checkpoint.
 */
class CrashRecoveryEndToEndTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    private static final String EMPLOYER = TestCallers.employer(ExampleOffer.BUSINESS_NUMBER);
    private static final String OFFICER = TestCallers.officer();
    @RegisterExtension
    static final PackagedProduct PRODUCT = new PackagedProduct("recovery");



    @Test
    void a_killed_offer_service_invalidates_offers_within_10_seconds_of_being_healthy_again() throws SQLException {
        // a first refusal proves offer-service's consumer holds its partitions before the crash
        String before = paidOffer();
        decide(register(before));
        awaitInvalidated(before, WITHIN);
        String offer = paidOffer();
        String applicationId = register(offer);
        long relayedBeforeTheCrash = relayCheckpoint();

        PRODUCT.kill("offer-service");
        PRODUCT.restart("offer-service", WITHIN);
        long healthy = System.nanoTime();
        decide(applicationId);
        awaitInvalidated(offer, RECOVERY);
        double seconds = (System.nanoTime() - healthy) / 1e9;
        System.out.printf("RECOVERY offer-service invalidated an offer %.1f s after its restart became healthy%n", seconds);

        assertTrue(seconds < RECOVERY.toSeconds(), "invalidated within " + RECOVERY + " of health UP, took " + seconds + " s");
        await().atMost(WITHIN).until(() -> number("SELECT count(*) FROM events e, checkpoints c WHERE c.name = 'kafka-relay'"
                + " AND (e.tx_id, e.global_position) > (c.tx_id, c.position)") == 0);
        assertTrue(relayCheckpoint() > relayedBeforeTheCrash, "the relay carried on from its checkpoint");
        assertEquals(1, number("SELECT count(*) FROM events WHERE stream_id = '" + offer + "'"
                + " AND event_type = 'OfferInvalidated'"), "one invalidation");
    }

    private static String paidOffer() {
        String number = given().baseUri(PRODUCT.url("offer-service")).auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                .body(ExampleOffer.JSON).when().post("/offers").then().statusCode(201).extract().path("offerNumber");
        given().baseUri(PRODUCT.url("offer-service")).auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                .body("{\"amount\": 230.00, \"currency\": \"CAD\"}")
                .when().post("/offers/" + number + "/fee-payments").then().statusCode(200);
        return number;
    }

    /** decision-service learns of the offer from offer-service's events within seconds. */
    private static String register(String offerNumber) {
        String registration = "{\"offerNumber\": \"" + offerNumber + "\", \"applicantLocation\": \"INSIDE_CANADA\","
                + " \"submittedOn\": \"" + ExampleOffer.today() + "\"}";
        return await().atMost(WITHIN).until(() -> given().baseUri(PRODUCT.url("decision-service")).auth().oauth2(OFFICER)
                .contentType(ContentType.JSON).body(registration).when().post("/applications")
                .then().extract().<String>path("applicationId"), Objects::nonNull);
    }

    private static void decide(String applicationId) {
        given().baseUri(PRODUCT.url("decision-service")).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("{\"outcome\": \"REFUSED\", \"decidedOn\": \"" + ExampleOffer.today() + "\", \"communicatedOn\": \""
                        + ExampleOffer.today() + "\","
                        + " \"grounds\": [\"NOT_TEMPORARY\"], \"factors\": [\"TRAVEL_HISTORY\"]}")
                .when().post("/applications/" + applicationId + "/decision").then().statusCode(200);
    }

    private static void awaitInvalidated(String offerNumber, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> given()
                .baseUri(PRODUCT.url("offer-service")).auth().oauth2(EMPLOYER).get("/offers/" + offerNumber)
                .then().body("status", equalTo("REFUSED")));
    }

    private static long relayCheckpoint() throws SQLException {
        return number("SELECT position FROM checkpoints WHERE name = 'kafka-relay'");
    }

    private static long number(String sql) throws SQLException {
        var postgres = PRODUCT.stack().postgres();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("offers"), postgres.username(), postgres.password());
             Statement query = db.createStatement(); ResultSet result = query.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }
}
