package ca.imp.problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refusals made by Vert.x before JAX-RS sees the request (no route, a chunked body over the limit,
 * a query the router cannot decode) answer a problem, not an empty body. A URI or headers
 * over the product's limits are refused here too: Vert.x's own limits are set above them (in this
 * module's configuration) because Vert.x answers its own with an empty body and no hook. So is a URI
 * that is not valid, which Quarkus would refuse the same way before any route (see
 * {@link MalformedUrisReachTheRouter}).
 */
@Singleton
public class HttpLayerProblems {
    private static final int[] STATUSES = {400, 404, 405, 406, 413, 414, 415, 431};
    private final ObjectMapper json;
    private final ProblemLocations locations;
    private final long maxUri;
    private final long maxHeaders;

    HttpLayerProblems(ObjectMapper json, ProblemLocations locations,
                      @ConfigProperty(name = "rest-problems.max-uri-length") MemorySize maxUri,
                      @ConfigProperty(name = "rest-problems.max-header-size") MemorySize maxHeaders) {
        this.json = json;
        this.locations = locations;
        this.maxUri = maxUri.asLongValue();
        this.maxHeaders = maxHeaders.asLongValue();
    }

    void install(@Observes Router router) {
        // No route at all (404, 405) ends in the router's error handlers; a route that fails (a query or path
        // that cannot be decoded, a chunked body over the limit) ends in the failure handlers, where Quarkus's
        // own would answer with an empty body: this one comes first.
        for (int status : STATUSES) {
            router.errorHandler(status, context -> answer(context, status));
        }
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (Arrays.stream(STATUSES).anyMatch(status -> status == context.statusCode())) {
                answer(context, context.statusCode());
            } else {
                context.next();
            }
        });
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (context.request().uri().length() > maxUri) {
                answer(context, 414);
            } else if (!valid(context.request().uri())) {
                answer(context, 400);
            } else if (headerSize(context) > maxHeaders) {
                answer(context, 431);
            } else {
                context.next();
            }
        });
    }

    /** The check Quarkus makes before any route, handed to this first route (see {@link MalformedUrisReachTheRouter}). */
    private static boolean valid(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static long headerSize(RoutingContext context) {
        long size = 0;
        for (var header : context.request().headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private void answer(RoutingContext context, int status) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        try {
            response.setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(locations.locate(HttpProblems.of(status), context.request())));
        } catch (JsonProcessingException e) {
            response.setStatusCode(status).end();
        }
    }
}
