package ca.imp.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalStackTest {

    private static LocalStack stack;

    @BeforeAll
    static void startSharedStack() {
        long started = System.nanoTime();
        stack = LocalStack.shared();
        System.out.printf("shared LocalStack (Kafka + PostgreSQL in parallel) started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void recordGoesThroughTheBroker() throws Exception {
        String bootstrap = stack.kafka().bootstrapServers();
        KafkaRoundTrip.send(bootstrap, "round-trip", "k1", "hello");

        ConsumerRecord<String, String> record = KafkaRoundTrip.readUntilKey(bootstrap, "round-trip", "k1").stream()
                .filter(r -> "k1".equals(r.key())).findFirst().orElseThrow();
        assertEquals("hello", record.value());
    }

    @Test
    void eachDatabaseIsSeparateAndReachable() throws SQLException {
        EmbeddedPostgresServer postgres = stack.postgres();
        postgres.createDatabaseIfMissing("alpha");
        postgres.createDatabaseIfMissing("beta");
        postgres.createDatabaseIfMissing("alpha"); // idempotent

        assertEquals("alpha", query(postgres, "alpha", "SELECT current_database()"));
        execute(postgres, "alpha", "CREATE TABLE only_in_alpha (id int)");
        assertEquals("beta", query(postgres, "beta", "SELECT current_database()"));
        assertEquals("0", query(postgres, "beta", "SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_alpha'"));
    }

    @Test
    void passwordIsSetForClientsThatAuthenticate() throws SQLException {
        assertEquals("t", query(stack.postgres(), "postgres",
                "SELECT rolpassword IS NOT NULL FROM pg_authid WHERE rolname = 'postgres'"));
    }

    @Test
    void testResourceCreatesItsDatabaseAndHandsOutQuarkusConfigTrustingTheTestIssuer() throws SQLException {
        LocalStackTestResource resource = new LocalStackTestResource();
        resource.init(Map.of("database", "offers"));
        Map<String, String> config = resource.start();
        resource.stop();

        EmbeddedPostgresServer postgres = stack.postgres();
        assertEquals(Map.of(
                "kafka.bootstrap.servers", stack.kafka().bootstrapServers(),
                "quarkus.datasource.reactive.url", "postgresql://localhost:" + postgres.port() + "/offers",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + postgres.port() + "/offers",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "mp.jwt.verify.publickey", TokenIssuer.forTests().quarkusConfig().get("mp.jwt.verify.publickey"),
                "mp.jwt.verify.issuer", TokenIssuer.TEST_ISSUER), config);
        assertEquals("offers", query(postgres, "offers", "SELECT current_database()"));
        assertSame(stack, LocalStack.shared(), "one stack per JVM");
    }

    static String query(EmbeddedPostgresServer postgres, String database, String sql) throws SQLException {
        try (Connection c = connect(postgres, database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    static void execute(EmbeddedPostgresServer postgres, String database, String sql) throws SQLException {
        try (Connection c = connect(postgres, database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(EmbeddedPostgresServer postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }
}
