package ca.imp.problem;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} with a problem, before
 * reading it. Without this the HTTP layer answers 413 with an empty body, which a portal cannot
 * explain to its user. A chunked body, whose length is not known before reading it, is read here
 * up to the limit: beyond it, the read fails with 413, which {@link HttpLayerProblems} answers.
 */
@Singleton
public class OversizedBodies {
    private final long limit;
    private final Problem problem;
    private final BodyHandler chunked;
    private final ObjectMapper json;
    private final ProblemLocations locations;

    OversizedBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json,
                    ProblemLocations locations) {
        this.limit = limit.asLongValue();
        this.chunked = BodyHandler.create(false).setBodyLimit(this.limit);
        this.problem = Problem.of(413, "Request body too large", "body-too-large",
                "The request body may be at most " + this.limit + " bytes.");
        this.json = json;
        this.locations = locations;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && isOver(length)) {
                refuse(context);
                return;
            }
            if (length == null && context.request().headers().contains("Transfer-Encoding", "chunked", true)) {
                chunked.handle(context);
                return;
            }
            context.next();
        });
    }

    private void refuse(RoutingContext context) {
        try {
            context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(locations.locate(problem, context.request())));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(413).end();
        }
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
