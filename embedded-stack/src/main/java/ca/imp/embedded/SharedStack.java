package ca.imp.embedded;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Holds the one {@link LocalStack} of this JVM.
 *
 * <p>Quarkus tests load this library in per-application class loaders, so a plain static field would start
 * one stack per loader (one per test profile) and tie the broker's classes to a loader Quarkus closes when
 * that application stops. So the stack is owned by the copy of this class in the system class loader, which
 * lives as long as the JVM; copies in other loaders only receive its endpoints (plain strings) and build a
 * non-owning view. Without a system-loader copy (e.g. an isolated loader) this copy owns the stack itself.
 */
final class SharedStack {

    private static final String KAFKA = "kafka.bootstrap.servers";
    private static final String POSTGRES_PORT = "postgres.port";

    private static LocalStack stack;

    private SharedStack() {
    }

    static synchronized LocalStack get() {
        if (stack == null) {
            Class<?> owner = systemLoaderCopy();
            stack = owner == SharedStack.class ? ownStack() : viewOf(owner);
        }
        return stack;
    }

    /** Invoked reflectively by copies of this class living in other class loaders; JDK types only. */
    static synchronized Map<String, String> endpoints() {
        LocalStack owned = get();
        return Map.of(KAFKA, owned.kafka().bootstrapServers(), POSTGRES_PORT, Integer.toString(owned.postgres().port()));
    }

    private static LocalStack ownStack() {
        // Kafka and PostgreSQL each register a shutdown hook that stops them when the JVM exits.
        return LocalStack.startShared();
    }

    @SuppressWarnings("unchecked")
    private static LocalStack viewOf(Class<?> owner) {
        try {
            Method endpoints = owner.getDeclaredMethod("endpoints");
            endpoints.setAccessible(true);
            Map<String, String> shared = (Map<String, String>) endpoints.invoke(null);
            return LocalStack.attach(
                    EmbeddedKafka.attach(shared.get(KAFKA)),
                    EmbeddedPostgresServer.attach(Integer.parseInt(shared.get(POSTGRES_PORT))));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not reach the JVM-wide local stack", e);
        }
    }

    private static Class<?> systemLoaderCopy() {
        try {
            return Class.forName(SharedStack.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return SharedStack.class;
        }
    }
}
