package ca.imp.embedded;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.slf4j.LoggerFactory;

/**
 * Lowers the in-process broker's and zonky's loggers to WARN in whatever logging backend slf4j is bound to.
 *
 * <p>Done in code rather than with a logging configuration file because this jar lands on the classpath of
 * services that own their logging setup; a bundled log4j2.xml or logging.properties would replace theirs.
 * The whole {@code org.apache.kafka} tree is lowered because broker and clients share categories (config
 * dumps, metrics, app-info, NetworkClient) and cannot be told apart; for services this adds little, as
 * Quarkus's kafka-client extension already lowers those client categories to WARNING, and a service's own
 * {@code quarkus.log.category} settings are applied after this and win. Set
 * {@code -Dembedded-stack.verbose=true} to keep the backend's defaults when debugging the stack itself.
 */
final class QuietLogs {

    static final List<String> CATEGORIES = List.of(
            "kafka", // the Scala half of the broker: kafka.server, kafka.log, kafka.network, ...
            "state.change.logger", // the broker's partition state transitions, several lines per partition
            "org.apache.kafka",
            "io.zonky.test.db.postgres"); // zonky itself and the postgres server output it relays

    // java.util.logging holds loggers weakly; a collected logger would forget its level.
    private static final List<Logger> RETAINED = new ArrayList<>();
    private static boolean applied;

    private QuietLogs() {
    }

    static synchronized void apply() {
        if (applied || Boolean.getBoolean("embedded-stack.verbose")) {
            return;
        }
        applied = true;
        // Covers java.util.logging itself and JBoss LogManager when installed as the JUL manager (Quarkus).
        CATEGORIES.forEach(category -> retain(Logger.getLogger(category)));
        String backend = LoggerFactory.getILoggerFactory().getClass().getName();
        try {
            if (isPresent("org.jboss.logmanager.LogContext")) {
                // slf4j-jboss-logmanager without jboss as JUL manager (e.g. a plain main()): set the levels on its context.
                Class<?> contextType = Class.forName("org.jboss.logmanager.LogContext");
                Object context = contextType.getMethod("getLogContext").invoke(null);
                Method getLogger = contextType.getMethod("getLogger", String.class);
                for (String category : CATEGORIES) {
                    retain((Logger) getLogger.invoke(context, category));
                }
            }
            if (backend.startsWith("org.apache.logging.")) {
                Class<?> level = Class.forName("org.apache.logging.log4j.Level");
                Method setLevel = Class.forName("org.apache.logging.log4j.core.config.Configurator")
                        .getMethod("setLevel", String.class, level);
                Object warn = level.getField("WARN").get(null);
                for (String category : CATEGORIES) {
                    setLevel.invoke(null, category, warn);
                }
            }
            if (backend.startsWith("ch.qos.logback.")) {
                Class<?> level = Class.forName("ch.qos.logback.classic.Level");
                Object warn = level.getField("WARN").get(null);
                for (String category : CATEGORIES) {
                    Object logger = LoggerFactory.getLogger(category);
                    logger.getClass().getMethod("setLevel", level).invoke(logger, warn);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LoggerFactory.getLogger(QuietLogs.class).warn("could not lower embedded Kafka/PostgreSQL log levels: {}", e.toString());
        }
    }

    private static void retain(Logger logger) {
        logger.setLevel(Level.WARNING);
        RETAINED.add(logger);
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, QuietLogs.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
