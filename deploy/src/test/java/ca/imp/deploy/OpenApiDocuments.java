package ca.imp.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OpenAPI document each service's build writes (the one it serves, and the one {@link ClientWalkThroughTest}'s
 * clients are generated from), read once here for every test that checks what the documents promise.
 */
final class OpenApiDocuments {
    static final List<String> SERVICES = List.of("offer-service", "decision-service", "deadline-service");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private OpenApiDocuments() {
    }

    static JsonNode document(String service) throws IOException {
        return new ObjectMapper().readTree(Path.of("..", service, "target", "openapi", "openapi.json").toFile());
    }

    /** Each operation of the document, keyed by its method and path (e.g. {@code POST /offers}). */
    static List<Map.Entry<String, JsonNode>> operations(JsonNode document) {
        List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();
        for (var path : document.path("paths").properties()) {
            for (String method : METHODS) {
                if (path.getValue().has(method)) {
                    operations.add(Map.entry(method.toUpperCase() + " " + path.getKey(), path.getValue().get(method)));
                }
            }
        }
        return operations;
    }
}
