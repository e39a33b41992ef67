package ca.imp.problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;

/**
 * Every problem leaves with its {@code type} as an absolute address of the page that describes its rule,
 * on the service that answered, and its {@code instance}, the path and query of the request that failed.
 * Every problem answered through JAX-RS (the problem mappers, security's 401 and 403, the router's 404,
 * 405 and 415 as Quarkus REST hands them over) passes the response filter here; the few the HTTP layer
 * writes itself ({@link HttpLayerProblems}, {@link OversizedBodies}, {@link ProblemPages}) call
 * {@link #locate} before writing.
 * <p>
 * The address is the scheme, host and port the client reached, as the request says: behind a proxy that
 * is the proxy's only where Quarkus is told to trust its {@code X-Forwarded-*} or {@code Forwarded}
 * headers ({@code quarkus.http.proxy.proxy-address-forwarding}), or where {@code imp.api.public-url} names it.
 * A path that holds a credential (a calendar feed's secret address) is never repeated in {@code instance}:
 * {@code rest-problems.unechoed-paths} matches those.
 */
@Singleton
public class ProblemLocations {
    private final Optional<String> publicUrl;
    private final Optional<Pattern> unechoed;
    private final long maxUri;

    ProblemLocations(@ConfigProperty(name = "imp.api.public-url") Optional<String> publicUrl,
                     @ConfigProperty(name = "rest-problems.unechoed-paths") Optional<String> unechoed,
                     @ConfigProperty(name = "rest-problems.max-uri-length") MemorySize maxUri) {
        this.publicUrl = publicUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        this.unechoed = unechoed.map(Pattern::compile);
        this.maxUri = maxUri.asLongValue();
    }

    @ServerResponseFilter
    public void locateProblems(ContainerResponseContext response, HttpServerRequest request) {
        if (response.getEntity() instanceof Problem problem) {
            response.setEntity(locate(problem, request));
        }
    }

    /** The problem as answered to this request. */
    public Problem locate(Problem problem, HttpServerRequest request) {
        return problem.locatedAt(publicUrl.orElseGet(() -> originOf(request)), instanceOf(request));
    }

    private static String originOf(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        if (authority == null || request.scheme() == null) {
            return null;
        }
        return request.scheme() + "://" + authority.host() + (authority.port() > 0 ? ":" + authority.port() : "");
    }

    /** A request line that is not a valid URI (malformed-uri) or is too long (uri-too-long) is not repeated either. */
    private String instanceOf(HttpServerRequest request) {
        String uri = request.uri();
        if (uri == null || !uri.startsWith("/") || uri.length() > maxUri) {
            return null;
        }
        try {
            String path = new URI(uri).getRawPath();
            return unechoed.map(p -> p.matcher(path).matches()).orElse(false) ? null : uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
