package ca.imp.problem;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;

/**
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} with a problem, before
 * reading it. Without this the HTTP layer answers 413 with an empty body, which a portal cannot
 * explain to its user. (A chunked upload without Content-Length is still cut off by that layer.)
 */
@Singleton
public class OversizedBodies {
    private final long limit;
    private final String problem;

    OversizedBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json)
            throws JsonProcessingException {
        this.limit = limit.asLongValue();
        this.problem = json.writeValueAsString(Problem.of(413, "Request body too large", "body-too-large",
                "The request body may be at most " + this.limit + " bytes."));
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && isOver(length)) {
                context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).end(problem);
                return;
            }
            context.next();
        });
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
