package ca.imp.decisionservice;

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

import ca.imp.embedded.LocalStackTestResource;

/**
 * The service starts on a database as the previous release left it: the schema its start-up code created
 * (src/test/resources/previous-release/schema.sql, dumped from such a database) with some rows in it. The
 * database is baselined, migrated to the latest version, and keeps every row.
 */
@QuarkusTest
@TestProfile(SchemaOnThePreviousReleaseDatabaseTest.PreviousRelease.class)
class SchemaOnThePreviousReleaseDatabaseTest {
    private static final String DATABASE = "decisions_previous_release";
    private static final Duration WITHIN = Duration.ofSeconds(30);
    /** A query per table and what it answered on the previous release's rows. */
    private static final Map<String, String> ROWS_KEPT = Map.of(
            "SELECT string_agg(stream_id || ' ' || event_type, ',') FROM events", "A1234567 ApplicationRegistered",
            "SELECT position FROM checkpoints WHERE name = 'kafka-relay'", "1",
            "SELECT count(*) FROM inbox", "1",
            "SELECT employer || ' ' || fee_settled FROM known_offers WHERE offer_number = 'A1234567'", "123456789 true",
            "SELECT name FROM gcms_requesters WHERE request_id = 'W123456789-G1'", "Jordan Tremblay");

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

    private String single(String query) {
        return String.valueOf(pool.query(query).execute().await().atMost(WITHIN).iterator().next().getValue(0));
    }
}
