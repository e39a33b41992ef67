package ca.imp.offerservice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.LocalStackTestResource;

/**
 * The service starts on a database as the previous release left it: the schema its start-up code created
 * (src/test/resources/previous-release/schema.sql, dumped from such a database) with some rows in it. The
 * database is baselined, migrated to the latest version, and keeps every row.
 */
@QuarkusTest
@TestProfile(SchemaOnThePreviousReleaseDatabaseTest.PreviousRelease.class)
class SchemaOnThePreviousReleaseDatabaseTest {
    private static final String DATABASE = "offers_previous_release";
    private static final Duration WITHIN = Duration.ofSeconds(30);
    /** A query per table and what it answered on the previous release's rows. */
    private static final Map<String, String> ROWS_KEPT = Map.of(
            "SELECT string_agg(stream_id || ' ' || event_type, ',' ORDER BY global_position) FROM events",
            "A1234567 OfferSubmitted,A2345678 OfferSubmitted,A2345678 OfferInvalidated,A3456789 OfferSubmitted,A3456789 OfferWithdrawn",
            "SELECT position FROM checkpoints WHERE name = 'kafka-relay'", "5",
            "SELECT count(*) FROM inbox", "1",
            "SELECT status || ' ' || fee_due FROM offer_summary WHERE offer_number = 'A1234567'", "AWAITING_FEE 230.00",
            "SELECT scope || ' ' || operation || ' ' || location FROM idempotency_keys WHERE key = 'submit-welder-1'",
            "employer:123456789 submitOffer /offers/A1234567",
            "SELECT count(*) FROM personal_data_records r JOIN personal_data_keys k USING (offer_number)", "1",
            "SELECT reader FROM personal_data_reads", "officer-7");

    /** Its own database, restored before the service starts, and none of the shared one. */
    public static class PreviousRelease implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LocalStackTestResource.class, Map.of(
                    LocalStackTestResource.DATABASE_ARG, DATABASE,
                    LocalStackTestResource.RESTORE_ARG, "previous-release/schema.sql,previous-release/rows.sql")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    Pool pool;

    @Inject
    Flyway flyway;

    @Test
    void the_database_is_baselined_below_every_migration_and_migrated_to_the_latest_version() {
        MigrationInfo[] applied = flyway.info().applied();

        assertEquals(DATABASE, single("SELECT current_database()"));
        assertEquals(MigrationState.BASELINE, applied[0].getState());
        assertEquals("0", applied[0].getVersion().getVersion());
        assertEquals(0, flyway.info().pending().length);
        assertTrue(Arrays.stream(applied).skip(1).allMatch(migration -> migration.getState() == MigrationState.SUCCESS),
                "every migration after the baseline ran: " + Arrays.toString(applied));
    }

    @Test
    void every_row_of_the_previous_release_is_kept() {
        Map<String, String> kept = new HashMap<>();
        ROWS_KEPT.keySet().forEach(query -> kept.put(query, single(query)));

        assertEquals(ROWS_KEPT, kept);
    }

    @Test
    void the_employer_still_sees_the_offer_of_the_previous_release() {
        given().auth().oauth2(TestCallers.employer("123456789"))
                .when().get("/employers/123456789/offers")
                .then().statusCode(200).body("items.offerNumber", contains("A1234567"));
    }

    @Test
    void an_offer_the_previous_release_stored_as_invalidated_reads_as_what_ended_it() {
        given().auth().oauth2(TestCallers.employer("987654321"))
                .when().get("/employers/987654321/offers")
                .then().statusCode(200)
                .body("items.offerNumber", contains("A3456789", "A2345678"))
                .body("items.status", contains("WITHDRAWN", "REFUSED"));
    }

    @Test
    void a_key_of_the_previous_release_still_names_the_offer_it_created() {
        given().auth().oauth2(TestCallers.employer("123456789")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "submit-welder-1").body(EmployerPortal.OFFER)
                .when().post("/offers")
                .then().statusCode(422)
                .body("rule", equalTo("idempotency-key-reused"))
                .body("detail", containsString("/offers/A1234567"));
    }

    private String single(String query) {
        return String.valueOf(pool.query(query).execute().await().atMost(WITHIN).iterator().next().getValue(0));
    }
}
