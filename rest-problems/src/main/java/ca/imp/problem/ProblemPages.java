package ca.imp.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /problems/{rule}}: the page a problem's {@code type} points to, saying what the rule means and
 * what to do, from the {@link ProblemCatalogue}. Documentation like the OpenAPI document, so served without
 * a token, outside the API (it is no operation of the OpenAPI document). An HTML page by default, JSON to a
 * client that asks for {@code application/json}; a rule no catalogue describes is a 404 problem.
 */
@Singleton
public class ProblemPages {
    private static final String API_DOCS = "/q/swagger-ui";
    private static final String OPENAPI = "/q/openapi";

    private final ProblemCatalogue catalogue;
    private final ProblemLocations locations;
    private final ObjectMapper json;

    ProblemPages(ProblemCatalogue catalogue, ProblemLocations locations, ObjectMapper json) {
        this.catalogue = catalogue;
        this.locations = locations;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.get(Problem.PAGES + ":rule").handler(this::page);
    }

    private void page(RoutingContext context) {
        Optional<ProblemCatalogue.ProblemType> type = catalogue.find(context.pathParam("rule"));
        try {
            if (type.isEmpty()) {
                context.response().setStatusCode(404).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(json.writeValueAsString(locations.locate(HttpProblems.of(404), context.request())));
            } else if (wantsJson(context)) {
                context.response().putHeader("Content-Type", "application/json").end(json.writeValueAsString(asJson(type.get())));
            } else {
                context.response().putHeader("Content-Type", "text/html;charset=utf-8").end(asHtml(type.get()));
            }
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    /** HTML unless the client asks for JSON and not HTML: a browser's Accept names text/html. */
    private static boolean wantsJson(RoutingContext context) {
        String accept = String.valueOf(context.request().getHeader("Accept"));
        return accept.contains("application/json") && !accept.contains("text/html");
    }

    private static Map<String, Object> asJson(ProblemCatalogue.ProblemType type) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("rule", type.rule());
        page.put("title", type.title());
        page.put("status", type.status());
        page.put("description", type.description());
        page.put("documentation", OPENAPI);
        return page;
    }

    private static String asHtml(ProblemCatalogue.ProblemType type) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>%1$s: %2$s</title></head>
                <body>
                <h1>%2$s</h1>
                <p>Rule <code>%1$s</code>, answered with HTTP status %3$d as an <code>application/problem+json</code>
                problem whose <code>rule</code> is <code>%1$s</code>.</p>
                <p>%4$s</p>
                <p>Every operation, and every problem it can answer, is in the <a href="%5$s">API documentation</a>
                (<a href="%6$s">OpenAPI document</a>).</p>
                </body>
                </html>
                """.formatted(escaped(type.rule()), escaped(type.title()), type.status(), escaped(type.description()),
                API_DOCS, OPENAPI);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
