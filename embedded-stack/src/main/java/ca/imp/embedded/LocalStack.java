package ca.imp.embedded;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Kafka + PostgreSQL together, one database per service. */
public final class LocalStack implements AutoCloseable {

    private final EmbeddedKafka kafka;
    private final EmbeddedPostgresServer postgres;
    private final boolean shared;

    private LocalStack(EmbeddedKafka kafka, EmbeddedPostgresServer postgres, boolean shared) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.shared = shared;
    }

    /**
     * dataDir null = temporary (deleted on close); otherwise Kafka lives in dataDir/kafka and PostgreSQL in
     * dataDir/postgres, both reused on the next start. Ports 0 = free ports. Each database is created if missing.
     */
    public static LocalStack start(Path dataDir, int kafkaPort, int postgresPort, Collection<String> databases) {
        LocalStack stack = start(dataDir, kafkaPort, postgresPort, false);
        try {
            (databases == null ? List.<String>of() : databases).forEach(stack.postgres::createDatabaseIfMissing);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /**
     * The stack shared by everything in this JVM (tests of all kinds): started on first use with a temporary
     * directory and free ports, stopped by JVM shutdown hooks. Its {@link #close()} does nothing, so a test
     * cannot take it away from the ones that run after it.
     */
    public static LocalStack shared() {
        return SharedStack.get();
    }

    static LocalStack startShared() {
        return start(null, 0, 0, true);
    }

    static LocalStack attach(EmbeddedKafka kafka, EmbeddedPostgresServer postgres) {
        return new LocalStack(kafka, postgres, true);
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    /**
     * The Quarkus configuration a service needs to reach this stack with its own database. Quarkus's reactive
     * PostgreSQL client accepts both postgresql:// and vertx-reactive:postgresql://; the plain form is used.
     * The JDBC URL names the same database: Flyway migrates it through JDBC before the reactive client serves.
     */
    public Map<String, String> quarkusConfig(String database) {
        return Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(database),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password());
    }

    /** Stops Kafka and PostgreSQL; does nothing for {@link #shared()}. */
    @Override
    public void close() {
        if (shared) {
            return;
        }
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }

    private static LocalStack start(Path dataDir, int kafkaPort, int postgresPort, boolean shared) {
        Path kafkaDir = dataDir == null ? null : dataDir.resolve("kafka");
        Path postgresDir = dataDir == null ? null : dataDir.resolve("postgres");
        // Each takes seconds and neither needs the other, so they start side by side.
        CompletableFuture<EmbeddedKafka> kafka = CompletableFuture.supplyAsync(
                () -> EmbeddedKafka.start(kafkaDir, kafkaPort),
                task -> new Thread(task, "embedded-kafka-start").start());
        EmbeddedPostgresServer postgres;
        try {
            postgres = EmbeddedPostgresServer.start(postgresDir, postgresPort);
        } catch (RuntimeException e) {
            kafka.thenAccept(EmbeddedKafka::close);
            throw e;
        }
        try {
            return new LocalStack(kafka.join(), postgres, shared);
        } catch (CompletionException e) {
            postgres.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
