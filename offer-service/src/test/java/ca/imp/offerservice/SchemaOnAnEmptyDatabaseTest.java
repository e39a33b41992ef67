package ca.imp.offerservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.embedded.EmbeddedPostgresServer;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.LocalStackTestResource;

/**
 * The service starts on an empty database (the one every test of this JVM shares, created empty for the
 * first of them): its migrations, the kernel's and its own, build the schema there, the same schema a
 * database of the previous release migrates to.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))
class SchemaOnAnEmptyDatabaseTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Inject
    Flyway flyway;

    @Test
    void every_migration_of_the_kernel_and_the_service_ran_and_nothing_was_baselined() {
        MigrationInfo[] applied = flyway.info().applied();
        List<String> versions = Arrays.stream(applied).map(migration -> migration.getVersion().getVersion()).toList();

        assertEquals(0, flyway.info().pending().length);
        assertTrue(versions.contains("0.1") && versions.contains("1"), "the kernel's first migration and the service's: " + versions);
        assertTrue(Arrays.stream(applied).allMatch(migration -> migration.getState() == MigrationState.SUCCESS),
                "only migrations, each a success, no baseline: " + versions);
    }

    @Test
    void the_schema_is_the_one_a_database_of_the_previous_release_migrates_to() {
        EmbeddedPostgresServer postgres = LocalStack.shared().postgres();
        String previousRelease = "offers_previous_release_schema";
        if (postgres.createDatabaseIfMissing(previousRelease)) {
            postgres.restore(previousRelease, List.of("previous-release/schema.sql"));
        }
        Flyway.configure(getClass().getClassLoader()).configuration(flyway.getConfiguration())
                .dataSource(postgres.jdbcUrl(previousRelease), postgres.username(), postgres.password()).load().migrate();

        assertEquals(postgres.schemaOf(previousRelease), postgres.schemaOf(currentDatabase()));
    }

    private String currentDatabase() {
        return pool.query("SELECT current_database()").execute().await().atMost(WITHIN).iterator().next().getString(0);
    }
}
