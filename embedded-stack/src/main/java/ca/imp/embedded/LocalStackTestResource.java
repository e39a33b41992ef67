package ca.imp.embedded;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * For Quarkus tests:
 * {@code @QuarkusTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "offers"))}.
 *
 * <p>The service trusts {@link TokenIssuer#forTests()}: tests sign their callers' tokens with it.
 *
 * <p>All test classes of the JVM share {@link LocalStack#shared()}, because each start costs seconds; the
 * database named in initArgs is created on demand. {@link #stop()} leaves the stack running for the test
 * classes that follow; JVM shutdown hooks stop it.
 *
 * <p>With {@code @ResourceArg(name = "restore", value = "a.sql,b.sql")} the scripts (classpath resources) are
 * run in the database when this resource creates it, before the service starts: e.g. a database as an earlier
 * release left it, to show the service migrates it. Such a database needs a name of its own.
 */
public final class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    public static final String RESTORE_ARG = "restore";

    private String database;
    private List<String> restore;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE_ARG);
        String scripts = initArgs.getOrDefault(RESTORE_ARG, "");
        restore = scripts.isBlank() ? List.of() : List.of(scripts.strip().split("\\s*,\\s*"));
    }

    @Override
    public Map<String, String> start() {
        if (database == null || database.isBlank()) {
            throw new IllegalStateException(LocalStackTestResource.class.getSimpleName()
                    + " needs initArgs = @ResourceArg(name = \"" + DATABASE_ARG + "\", value = \"<service database>\")");
        }
        LocalStack stack = LocalStack.shared();
        if (stack.postgres().createDatabaseIfMissing(database)) {
            stack.postgres().restore(database, restore);
        }
        Map<String, String> config = new HashMap<>(stack.quarkusConfig(database));
        config.putAll(TokenIssuer.forTests().quarkusConfig());
        return config;
    }

    @Override
    public void stop() {
        // shared with later test classes; see class comment
    }
}
