package ca.imp.eventstore.observability;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Every answer carries an {@code X-Request-Id}: the caller's, when it sent a usable one, or a new one, so that a
 * caller, a proxy and the logs name a request the same way. It is in the log's MDC as {@code requestId} for the
 * request's log lines (a JSON log prints it as a field). A caller's id that is too long or holds anything but letters,
 * digits and {@code . _ : -} is replaced rather than echoed: it would otherwise write what the caller likes into logs.
 */
@Singleton
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern USABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Before every other route, the authentication and the metrics' own included, so that each answer has the id. */
    private static final int FIRST = Integer.MIN_VALUE + 1;

    void onEveryRequest(@Observes Router router) {
        router.route().order(FIRST).handler(this::name);
    }

    private void name(RoutingContext request) {
        String sent = request.request().getHeader(HEADER);
        String id = sent != null && USABLE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        request.addHeadersEndHandler(ignored -> request.response().headers().set(HEADER, id));
        request.next();
    }
}
