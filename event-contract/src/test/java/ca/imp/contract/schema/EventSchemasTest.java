package ca.imp.contract.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import ca.imp.contract.EventJson;
import ca.imp.contract.schema.EventSchemas.EventType;

/**
 * The published schemas are the records' own: a stale file fails here. To rewrite them after changing an event,
 * run this test with {@code -Dimp.events.schemas.write=true} and commit docs/events/schemas.
 */
class EventSchemasTest {
    private static final String SERVED = "http://localhost:8081/events/schemas/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Stream<EventType> eventTypes() {
        return EventSchemas.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void every_event_type_has_a_published_schema_that_is_its_records_own(EventType event) throws Exception {
        Path file = EventSchemas.DIRECTORY.resolve(event.file());
        String expected = EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(EventSchemas.schema(event)) + "\n";
        if (Boolean.getBoolean("imp.events.schemas.write")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected);
        }

        assertTrue(Files.exists(file), "no schema at docs/events/schemas/" + event.file());
        assertEquals(expected, Files.readString(file), "docs/events/schemas/" + event.file()
                + " is stale: rerun EventSchemasTest with -Dimp.events.schemas.write=true");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void every_event_types_sample_is_valid_by_its_schema(EventType event) throws Exception {
        String sample = EventJson.mapper().writeValueAsString(EventSchemas.sample(event.type()));

        assertEquals(List.of(), errors(event.file(), sample));
    }

    @Test
    void a_decision_of_version_1_is_valid_by_its_schema_and_not_by_version_2() {
        String version1 = "{\"applicationId\":\"A1234567-1\",\"offerNumber\":\"A1234567\",\"outcome\":\"REFUSED\","
                + "\"decisionDate\":\"2026-06-16\",\"applicantLocation\":\"INSIDE_CANADA\",\"grounds\":[\"NOT_TEMPORARY\"]}";

        assertEquals(List.of(), errors("decision/DecisionRendered.v1.json", version1));
        assertFalse(errors("decision/DecisionRendered.v2.json", version1).isEmpty());
    }

    @Test
    void a_deadline_of_version_2_is_valid_by_the_version_1_schema_its_older_consumers_know() throws Exception {
        ObjectNode version2 = sampleOf("deadline/DeadlineScheduled.v2.json");

        assertTrue(version2.path("policy").isObject(), version2.toString());
        assertEquals(List.of(), errors("deadline/DeadlineScheduled.v2.json", version2.toString()));
        assertEquals(List.of(), errors("deadline/DeadlineScheduled.v1.json", version2.toString()));
    }

    @Test
    void a_deadline_of_version_1_lacks_what_version_2_requires() throws Exception {
        ObjectNode version1 = sampleOf("deadline/DeadlineScheduled.v1.json");
        version1.remove("policy");

        assertEquals(List.of(), errors("deadline/DeadlineScheduled.v1.json", version1.toString()));
        assertTrue(errors("deadline/DeadlineScheduled.v2.json", version1.toString()).stream()
                .anyMatch(e -> e.getMessage().contains("policy")));
    }

    @Test
    void no_schema_forbids_a_field_a_later_version_adds() throws Exception {
        for (EventType event : EventSchemas.all()) {
            String schema = Files.readString(EventSchemas.DIRECTORY.resolve(event.file()));
            assertFalse(schema.contains("additionalProperties"), event.file() + " forbids fields it does not list");
        }
    }

    @Test
    void an_event_without_a_required_field_is_invalid() throws Exception {
        ObjectNode decision = sampleOf("decision/DecisionRendered.v2.json");
        decision.remove("decisionDate");

        assertTrue(errors("decision/DecisionRendered.v2.json", decision.toString()).stream()
                .anyMatch(e -> e.getMessage().contains("decisionDate")));
    }

    @Test
    void an_event_whose_date_is_no_date_is_invalid() throws Exception {
        ObjectNode decision = sampleOf("decision/DecisionRendered.v2.json");
        decision.put("decisionDate", "2026-02-30");

        assertFalse(errors("decision/DecisionRendered.v2.json", decision.toString()).isEmpty());
    }

    @Test
    void an_event_whose_enum_field_holds_an_unknown_value_is_invalid() throws Exception {
        ObjectNode decision = sampleOf("decision/DecisionRendered.v2.json");
        decision.put("outcome", "MAYBE");

        assertFalse(errors("decision/DecisionRendered.v2.json", decision.toString()).isEmpty());
    }

    private static ObjectNode sampleOf(String file) {
        EventType event = EventSchemas.all().stream().filter(e -> e.file().equals(file)).findFirst().orElseThrow();
        return EventJson.mapper().valueToTree(EventSchemas.sample(event.type()));
    }

    private static List<Error> errors(String file, String instance) {
        try {
            // retrieved from where the services serve it, against which its relative $id resolves
            Schema schema = REGISTRY.getSchema(SchemaLocation.of(SERVED + file),
                    Files.readString(EventSchemas.DIRECTORY.resolve(file)), InputFormat.JSON);
            // 2020-12 only annotates formats by default; a consumer relies on a date being a date
            return schema.validate(instance, InputFormat.JSON, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
