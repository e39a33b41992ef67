package ca.imp.deploy;

import static ca.imp.deploy.OpenApiDocuments.document;
import static ca.imp.deploy.OpenApiDocuments.operations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an integrator needs of each service's OpenAPI document to generate a client from it, checked on the
 * document each service's build writes (the one it serves, and the one {@link ClientWalkThroughTest}'s clients
 * are generated from). Each rule fails listing everything that breaks it.
 */
class OpenApiDocumentsTest {
    private static final String PROBLEM = "#/components/schemas/Problem";

    @ParameterizedTest
    @ValueSource(strings = {"offer-service", "decision-service", "deadline-service"})
    void every_operation_has_an_id_of_its_own(String service) throws IOException {
        List<String> missing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (var operation : operations(document(service))) {
            String id = operation.getValue().path("operationId").asText("");
            if (id.isEmpty() || !seen.add(id)) {
                missing.add(operation.getKey() + (id.isEmpty() ? " has no operationId" : " repeats operationId " + id));
            }
        }
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"offer-service", "decision-service", "deadline-service"})
    void every_operation_documents_its_success_and_its_errors_as_problems(String service) throws IOException {
        List<String> wrong = new ArrayList<>();
        for (var operation : operations(document(service))) {
            JsonNode responses = operation.getValue().path("responses");
            List<String> statuses = new ArrayList<>();
            responses.fieldNames().forEachRemaining(statuses::add);
            if (statuses.stream().noneMatch(status -> status.startsWith("2"))) {
                wrong.add(operation.getKey() + " documents no success");
            }
            if (statuses.stream().noneMatch(status -> status.startsWith("4"))) {
                wrong.add(operation.getKey() + " documents no 4xx");
            }
            for (String status : statuses) {
                JsonNode problem = responses.path(status).path("content").path("application/problem+json").path("schema");
                if ((status.startsWith("4") || status.startsWith("5")) && !PROBLEM.equals(problem.path("$ref").asText())) {
                    wrong.add(operation.getKey() + " " + status + " is not an application/problem+json Problem");
                }
                if (responses.path(status).path("description").asText("").isBlank()) {
                    wrong.add(operation.getKey() + " " + status + " has no description");
                }
            }
            if (operation.getValue().has("requestBody") && !responses.has("415")) {
                wrong.add(operation.getKey() + " takes a body but documents no 415");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * A property holding an object (a reference to another schema, or a list of them) is exemplified by that
     * schema's own properties; every other property shows a value.
     */
    @ParameterizedTest
    @ValueSource(strings = {"offer-service", "decision-service", "deadline-service"})
    void every_schema_property_and_request_body_is_described_and_every_value_has_an_example(String service) throws IOException {
        JsonNode document = document(service);
        List<String> missing = new ArrayList<>();
        document.path("components").path("schemas").fields().forEachRemaining(schema ->
                schema.getValue().path("properties").fields().forEachRemaining(property -> {
                    String at = schema.getKey() + "." + property.getKey();
                    JsonNode value = property.getValue();
                    if (value.path("description").asText("").isBlank()) {
                        missing.add(at + " has no description");
                    }
                    if (!holdsObjects(value) && !value.has("example") && !value.has("examples")) {
                        missing.add(at + " has no example");
                    }
                }));
        for (var operation : operations(document)) {
            JsonNode body = operation.getValue().path("requestBody");
            if (!body.isMissingNode() && body.path("description").asText("").isBlank()) {
                missing.add(operation.getKey() + " has a request body without a description");
            }
        }
        assertEquals(List.of(), missing);
    }

    private static boolean holdsObjects(JsonNode property) {
        JsonNode items = property.path("items");
        return property.has("$ref") || property.has("allOf") || property.path("type").asText().equals("object")
                || items.has("$ref") || items.has("allOf") || items.path("type").asText().equals("object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"offer-service", "decision-service", "deadline-service"})
    void names_its_server_and_the_bearer_scheme_every_protected_operation_needs(String service) throws IOException {
        JsonNode document = document(service);
        assertFalse(document.path("servers").isEmpty(), "servers");
        assertTrue(document.path("servers").get(0).path("url").asText().startsWith("http"), "a server URL");
        JsonNode bearer = document.path("components").path("securitySchemes").path("bearer");
        assertEquals("http", bearer.path("type").asText());
        assertEquals("bearer", bearer.path("scheme").asText());
        List<String> unsecured = new ArrayList<>();
        for (var operation : operations(document)) {
            boolean protectedOperation = operation.getValue().path("responses").has("401");
            if (protectedOperation && !operation.getValue().path("security").toString().contains("\"bearer\"")) {
                unsecured.add(operation.getKey());
            }
        }
        assertEquals(List.of(), unsecured, "operations answering 401 without naming the bearer scheme");
    }
}
