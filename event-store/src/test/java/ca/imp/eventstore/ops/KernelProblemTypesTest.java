package ca.imp.eventstore.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.imp.eventstore.decider.DomainError;
import ca.imp.eventstore.idempotency.IdempotencyKeyMalformed;
import ca.imp.eventstore.idempotency.IdempotencyKeyReused;

/**
 * Every rule the kernel answers (the operations' endpoints, the Idempotency-Key of commands) has a page in
 * the kernel's catalogue of problem types (META-INF/problem-types.json, which each service serves at
 * /problems/{rule}), with the status it is answered with.
 */
class KernelProblemTypesTest {

    @Test
    void every_rule_of_the_kernel_has_a_page() throws IOException {
        JsonNode catalogue;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/problem-types.json")) {
            catalogue = new ObjectMapper().readTree(in);
        }
        Map<DomainError, Integer> statuses = Map.of(UnknownEntry.parkedEvent(1), 404, UnknownEntry.deadLetter(1), 404,
                new IdempotencyKeyReused(null), 422, new IdempotencyKeyMalformed(), 400,
                new UnknownReadModel("x", java.util.List.of()), 404, new ReadModelRebuildRunning("x", java.time.Instant.EPOCH), 409);
        statuses.forEach((error, status) -> {
            JsonNode page = catalogue.path(error.rule());
            assertTrue(page.isObject(), error.rule() + " has no page");
            assertEquals(status, page.path("status").asInt(), error.rule());
        });
    }
}
