package ca.imp.deadlineservice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
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
    private static final String DATABASE = "deadlines_previous_release";
    private static final Duration WITHIN = Duration.ofSeconds(30);
    /** A query per table and what it answered on the previous release's rows. */
    private static final Map<String, String> ROWS_KEPT = Map.of(
            "SELECT string_agg(stream_id || ' ' || event_type, ',') FROM events", "A1234567 DeadlineScheduled",
            "SELECT string_agg(name || ' ' || position, ',' ORDER BY name) FROM checkpoints",
            "deadline-timers 1,deadline-view 1,kafka-relay 1",
            "SELECT count(*) FROM inbox", "1",
            "SELECT status || ' ' || due_date FROM deadline_view", "OPEN 2026-10-21",
            "SELECT legal_name FROM offer_employers WHERE offer_number = 'A1234567'", "Soudure Laval inc.",
            "SELECT state FROM deadline_timers", "FIRED",
            "SELECT business_number FROM calendar_feeds", "123456789");

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
    void the_employer_still_sees_the_deadline_of_the_previous_release() {
        given().auth().oauth2(TestCallers.employer("123456789")).queryParam("employer", "123456789")
                .when().get("/deadlines")
                .then().statusCode(200).body("items.deadlineId", contains("6e2b8f4a-1c3d-4b5e-9f70-8a1b2c3d4e06"));
    }

    private String single(String query) {
        return String.valueOf(pool.query(query).execute().await().atMost(WITHIN).iterator().next().getValue(0));
    }
}
