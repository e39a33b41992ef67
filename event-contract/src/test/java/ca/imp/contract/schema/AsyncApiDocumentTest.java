package ca.imp.contract.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import ca.imp.contract.EventJson;
import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.contract.envelope.CloudEventType;
import ca.imp.contract.envelope.EventEnvelope;

/**
 * The published AsyncAPI document (docs/events/asyncapi.yaml) is the contract's own: a stale file fails here. To
 * rewrite it after changing an event or adding a schema version, run this test with
 * {@code -Dimp.events.schemas.write=true} and commit docs/events (EventSchemasTest writes the schema files likewise).
 */
class AsyncApiDocumentTest {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            // a header's value is a string: 1.0 unquoted would read as a number
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();
    /** The official JSON Schema of AsyncAPI 3.0.0, vendored (test resources asyncapi/SOURCE.md says from where). */
    private static final Schema ASYNCAPI_3_0_0 = asyncApiSchema();
    /** What a payload schema may say: keywords that draft-07 (the AsyncAPI Schema Object's base) reads as 2020-12 does. */
    private static final Set<String> KEYWORDS_READ_ALIKE = Set.of("$schema", "$id", "title", "description", "type",
            "properties", "required", "items", "enum", "format", "uniqueItems");

    @Test
    void the_published_document_is_the_contracts_own() throws IOException {
        String expected = YAML.writeValueAsString(AsyncApiDocument.build());
        if (Boolean.getBoolean("imp.events.schemas.write")) {
            Files.writeString(AsyncApiDocument.FILE, expected);
        }

        assertTrue(Files.exists(AsyncApiDocument.FILE), "no document at docs/events/asyncapi.yaml");
        assertEquals(expected, Files.readString(AsyncApiDocument.FILE),
                "docs/events/asyncapi.yaml is stale: rerun AsyncApiDocumentTest with -Dimp.events.schemas.write=true");
        assertEquals(AsyncApiDocument.build(), YAML.readTree(expected), "the YAML reads back as something else");
    }

    @Test
    void the_published_document_is_valid_by_the_asyncapi_3_0_0_schema() throws IOException {
        assertEquals(List.of(), errors(YAML.readTree(AsyncApiDocument.FILE.toFile())));
    }

    @Test
    void a_document_in_the_vocabulary_of_asyncapi_2_is_invalid() {
        ObjectNode document = AsyncApiDocument.build();
        ((ObjectNode) document.at("/operations/sendOfferEvents")).put("action", "publish");

        assertFalse(errors(document).isEmpty());
    }

    /** What the relay puts on a record ({@link CloudEventHeaders#write}) is what the document says, and all of it is said. */
    @Test
    void the_headers_of_a_published_record_are_valid_by_its_messages_headers() throws IOException {
        JsonNode document = YAML.readTree(AsyncApiDocument.FILE.toFile());
        RecordHeaders written = new RecordHeaders();
        UUID id = UUID.randomUUID();
        CloudEventHeaders.write(new EventEnvelope(id, CloudEventType.of("decision", "DecisionRendered", 2), "/decision-service",
                "A1234567", Instant.parse("2026-06-16T14:00:00Z"), 2, id, UUID.randomUUID(),
                CloudEventType.dataschema("https://decisions.example", "decision", "DecisionRendered", 2)), written);
        ObjectNode headers = EventJson.mapper().createObjectNode();
        written.forEach(header -> headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8)));
        // the message's headers with the common part in place of its reference, a schema of its own
        ObjectNode schema = document.at("/components/messages/DecisionRendered.v2/headers").deepCopy();
        ((ObjectNode) schema.get("allOf").get(0)).removeAll().setAll((ObjectNode) document.at("/components/schemas/CloudEventHeaders"));

        assertEquals(List.of(), SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(schema.toString(), InputFormat.JSON).validate(headers.toString(), InputFormat.JSON));
        Set<String> declared = new TreeSet<>();
        document.at("/components/schemas/CloudEventHeaders/properties").fieldNames().forEachRemaining(declared::add);
        Set<String> undeclared = new TreeSet<>();
        headers.fieldNames().forEachRemaining(undeclared::add);
        undeclared.removeAll(declared);
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void every_schema_file_is_the_payload_of_one_message_and_every_payload_a_schema_file() throws IOException {
        Set<String> files;
        try (Stream<Path> all = Files.walk(EventSchemas.DIRECTORY)) {
            files = all.filter(Files::isRegularFile).map(f -> "./schemas/" + EventSchemas.DIRECTORY.relativize(f).toString().replace('\\', '/'))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
        List<String> payloads = new ArrayList<>();
        YAML.readTree(AsyncApiDocument.FILE.toFile()).at("/components/messages")
                .forEach(message -> payloads.add(message.at("/payload/$ref").asText()));

        assertEquals(files, new TreeSet<>(payloads));
        assertEquals(files.size(), payloads.size(), "a schema file is the payload of more than one message");
    }

    @Test
    void every_reference_in_the_document_resolves() throws IOException {
        JsonNode document = YAML.readTree(AsyncApiDocument.FILE.toFile());
        List<String> unresolved = new ArrayList<>();

        references(document).forEach(reference -> {
            boolean resolves = reference.startsWith("#")
                    ? !document.at(reference.substring(1)).isMissingNode()
                    : Files.isRegularFile(AsyncApiDocument.FILE.resolveSibling(reference));
            if (!resolves) {
                unresolved.add(reference);
            }
        });

        assertEquals(List.of(), unresolved);
    }

    /** The AsyncAPI Schema Object is a superset of draft-07: a payload read as one means what its 2020-12 file says. */
    @Test
    void every_payload_schema_uses_only_keywords_that_draft_07_reads_alike() throws IOException {
        List<String> others = new ArrayList<>();
        for (EventSchemas.EventType event : EventSchemas.all()) {
            keywords(YAML.readTree(EventSchemas.DIRECTORY.resolve(event.file()).toFile())).stream()
                    .filter(keyword -> !KEYWORDS_READ_ALIKE.contains(keyword))
                    .forEach(keyword -> others.add(event.file() + ": " + keyword));
        }

        assertEquals(List.of(), others);
    }

    private static List<String> references(JsonNode node) {
        List<String> references = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    references.add(field.getValue().asText());
                } else {
                    references.addAll(references(field.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> references.addAll(references(element)));
        }
        return references;
    }

    /** The keywords of a schema and of the schemas of its properties and items. */
    private static Set<String> keywords(JsonNode schema) {
        Set<String> keywords = new TreeSet<>();
        schema.fieldNames().forEachRemaining(keywords::add);
        schema.path("properties").forEach(property -> keywords.addAll(keywords(property)));
        if (schema.has("items")) {
            keywords.addAll(keywords(schema.get("items")));
        }
        return keywords;
    }

    private static List<Error> errors(JsonNode document) {
        return ASYNCAPI_3_0_0.validate(document.toString(), InputFormat.JSON);
    }

    private static Schema asyncApiSchema() {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(
                    SchemaLocation.of("classpath:asyncapi/asyncapi-3.0.0.schema.json"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
