package ca.imp.embedded;

import static ca.imp.embedded.LocalStackTest.execute;
import static ca.imp.embedded.LocalStackTest.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {

    @Test
    void recordAndRowSurviveARestartOnTheSameDirectory(@TempDir Path dataDir) throws Exception {
        long started = System.nanoTime();
        try (LocalStack first = LocalStack.start(dataDir, 0, 0, List.of("kept"))) {
            System.out.printf("fresh LocalStack (format + initdb) started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            KafkaRoundTrip.send(first.kafka().bootstrapServers(), "kept-events", "before-restart", "v1");
            execute(first.postgres(), "kept", "CREATE TABLE kept_rows (name text)");
            execute(first.postgres(), "kept", "INSERT INTO kept_rows VALUES ('before-restart')");
            started = System.nanoTime();
        }
        System.out.printf("LocalStack closed in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        started = System.nanoTime();
        try (LocalStack second = LocalStack.start(dataDir, 0, 0, List.of("kept"))) {
            System.out.printf("LocalStack restarted on existing data in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            assertTrue(KafkaRoundTrip.readUntilKey(second.kafka().bootstrapServers(), "kept-events", "before-restart").stream()
                    .anyMatch(r -> "v1".equals(r.value())));
            assertEquals("before-restart", query(second.postgres(), "kept", "SELECT name FROM kept_rows"));
        }
    }

    @Test
    void aCrashedPostgresRestartsOnItsPortWithEveryCommittedRow(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDir, 0)) {
            postgres.createDatabaseIfMissing("kept");
            execute(postgres, "kept", "CREATE TABLE kept_rows (name text)");
            execute(postgres, "kept", "INSERT INTO kept_rows VALUES ('before-crash')");
            int port = postgres.port();

            Duration down = postgres.crashAndRestart();
            System.out.printf("PostgreSQL crashed and restarted in %d ms%n", down.toMillis());

            assertEquals(port, postgres.port());
            assertEquals("before-crash", query(postgres, "kept", "SELECT name FROM kept_rows"));
        }
    }

    @Test
    void aRestartedBrokerKeepsItsPortAndItsRecords(@TempDir Path dataDir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir, 0)) {
            KafkaRoundTrip.send(kafka.bootstrapServers(), "kept-events", "before-restart", "v1");

            Duration down = kafka.restart();
            System.out.printf("Kafka restarted in %d ms%n", down.toMillis());

            assertTrue(KafkaRoundTrip.readUntilKey(kafka.bootstrapServers(), "kept-events", "before-restart").stream()
                    .anyMatch(r -> "v1".equals(r.value())));
            KafkaRoundTrip.send(kafka.bootstrapServers(), "kept-events", "after-restart", "v2");
            assertTrue(KafkaRoundTrip.readUntilKey(kafka.bootstrapServers(), "kept-events", "after-restart").stream()
                    .anyMatch(r -> "v2".equals(r.value())));
        }
    }

    @Test
    void aPersistentDataDirectoryCommitsDurably(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDir, 0)) {
            assertEquals("on", query(postgres, "postgres", "SHOW fsync"));
            assertEquals("on", query(postgres, "postgres", "SHOW synchronous_commit"));
            assertEquals("on", query(postgres, "postgres", "SHOW full_page_writes"));
        }
    }

    @Test
    void aThrowawayDataDirectorySkipsFsyncForSpeed() throws Exception {
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(null, 0)) {
            assertEquals("off", query(postgres, "postgres", "SHOW fsync"));
        }
    }
}
