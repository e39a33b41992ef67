package ca.imp.eventstore.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every rule the operations' endpoints answer has a page in the kernel's catalogue of problem types
 * (META-INF/problem-types.json, which each service serves at /problems/{rule}).
 */
class OpsProblemTypesTest {

    @Test
    void every_rule_of_the_operations_endpoints_has_a_page() throws IOException {
        JsonNode catalogue;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/problem-types.json")) {
            catalogue = new ObjectMapper().readTree(in);
        }
        for (UnknownEntry error : List.of(UnknownEntry.parkedEvent(1), UnknownEntry.deadLetter(1))) {
            JsonNode page = catalogue.path(error.rule());
            assertTrue(page.isObject(), error.rule() + " has no page");
            assertEquals(404, page.path("status").asInt(), error.rule());
        }
    }
}
