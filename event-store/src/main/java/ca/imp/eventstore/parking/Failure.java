package ca.imp.eventstore.parking;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.apache.kafka.common.errors.RetriableException;

import com.fasterxml.jackson.core.JacksonException;

import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;

/**
 * Why applying an event failed, told apart: a failure that may pass by itself (the database or
 * Kafka unreachable, a timeout, a lost lock) is retried from the checkpoint and never parks an
 * event; anything else is the event's own and parks it once a few attempts agree. The reason is
 * for operators: the database's message without its detail (which may quote a row's values),
 * and no class names.
 */
public record Failure(boolean isTransient, String reason) {
    /** SQL state classes that say nothing about the event: connection, resources, operator action, lost races. */
    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "53", "57", "58", "40");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("`?\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)`?");
    private static final int MAX_REASON = 500;

    public static Failure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg) {
                String state = pg.getSqlState() == null ? "" : pg.getSqlState();
                boolean passing = state.length() >= 2 && TRANSIENT_SQL_STATE_CLASSES.contains(state.substring(0, 2));
                return new Failure(passing, readable("the database refused it: " + pg.getErrorMessage() + " (SQL state " + state + ")"));
            }
            // a JSON parser's failure is an IOException too, but about the event's data, which no retry changes
            boolean inputOutput = cause instanceof IOException && !(cause instanceof JacksonException);
            if (cause instanceof RetriableException || inputOutput || cause instanceof TimeoutException
                    || cause instanceof VertxException || cause instanceof InterruptedException) {
                return new Failure(true, readable(messageOf(cause)));
            }
        }
        return new Failure(false, readable(messageOf(failure)));
    }

    private static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "failed without a message" : message;
    }

    private static String readable(String message) {
        // Jackson appends where in the input it stopped; the input is the event, already identified
        int source = message.indexOf(" at [Source:");
        String kept = source < 0 ? message : message.substring(0, source);
        kept = QUALIFIED_NAME.matcher(kept.replace('\n', ' ')).replaceAll("$1").strip();
        return kept.length() <= MAX_REASON ? kept : kept.substring(0, MAX_REASON) + "...";
    }
}
