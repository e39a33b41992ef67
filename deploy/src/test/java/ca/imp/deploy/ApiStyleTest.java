package ca.imp.deploy;

import static ca.imp.deploy.OpenApiDocuments.SERVICES;
import static ca.imp.deploy.OpenApiDocuments.document;
import static ca.imp.deploy.OpenApiDocuments.operations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * docs/api-style.md, enforced on the three services' OpenAPI documents (the kernel's ops operations, which every
 * service serves, included): each test is one rule of that page and fails listing every document, operation or
 * schema, and property that breaks it. What a document cannot show (a replay answering what the first request
 * answered, identical repeats, problem pages resolving) is checked by the services' own tests.
 */
class ApiStyleTest {
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<String> PAGE = Set.of("items", "page", "size", "total");
    /** A preview computes deadlines and stores nothing: repeating it is harmless by nature, so it needs no key. */
    private static final Set<String> POSTS_THAT_CHANGE_NOTHING = Set.of("previewDeadlines");
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Pattern UPPER_SNAKE_CASE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    /**
     * The style's table of statuses, each under the concept a status property is named after ({@code feeStatus});
     * {@code mayAlsoHold} are the values the page allows beside them.
     */
    private record Vocabulary(List<String> values, Set<String> mayAlsoHold) {
    }

    private static final Map<String, Vocabulary> VOCABULARIES = Map.of(
            // UNKNOWN where a service has not (yet) learnt of the offer; RETURNED, the one decision outcome not
            // listed, where the invalidation policy says it ends an offer
            "offer", new Vocabulary(List.of("AWAITING_FEE", "READY", "IN_USE", "APPROVED", "REFUSED", "WITHDRAWN"),
                    Set.of("UNKNOWN", "RETURNED")),
            "fee", new Vocabulary(List.of("DUE", "PAID", "EXEMPT", "REFUND_OWED", "REFUNDED", "SPENT"), Set.of()),
            "application", new Vocabulary(List.of("AWAITING_DECISION", "APPROVED", "REFUSED", "WITHDRAWN", "RETURNED"),
                    Set.of()),
            "deadline", new Vocabulary(List.of("OPEN", "MET", "ELAPSED"), Set.of()),
            "gcmsRequest", new Vocabulary(List.of("REQUESTED", "RECEIVED"), Set.of()),
            "obligation", new Vocabulary(List.of("DONE", "DUE", "OVERDUE", "NOT_APPLICABLE"), Set.of()),
            "webhookSubscription", new Vocabulary(List.of("ACTIVE", "STOPPED"), Set.of()),
            "webhookDelivery", new Vocabulary(List.of("PENDING", "DELIVERED", "FAILED", "STOPPED"), Set.of()),
            "readModel", new Vocabulary(List.of("CURRENT", "REBUILDING"), Set.of()));

    /** A member of a schema, or a query parameter, and where it is: {@code where} reads on into its name. */
    private record Named(String service, String where, String name, JsonNode schema) {
        String at() {
            return where + name;
        }
    }

    private static final Map<String, JsonNode> documents = new LinkedHashMap<>();

    @BeforeAll
    static void readTheDocuments() throws IOException {
        for (String service : SERVICES) {
            documents.put(service, document(service));
        }
    }

    @Test
    void a_date_ends_in_On_an_instant_in_At_and_no_name_ends_in_Date_or_Time() {
        Set<String> violations = new TreeSet<>();
        for (Named property : membersOfEverySchema()) {
            String violation = misnamedTime(property);
            if (violation != null) {
                violations.add(violation);
            }
        }
        for (Named parameter : queryParameters()) {
            String violation = misnamedTime(parameter);
            if (violation != null) {
                violations.add(violation);
            }
        }
        assertNone(violations, "a date ends in On, an instant in At, no member ends in Date or Time");
    }

    /** The ends of an inclusive range, a query filter or a period of validity, are {@code …From} / {@code …To}. */
    private static String misnamedTime(Named named) {
        String name = named.name();
        String format = format(named);
        boolean range = name.endsWith("From") || name.endsWith("To");
        if (name.equals("dateOfBirth")) {
            return null; // the name passports and IRCC forms give it (docs/api-style.md)
        }
        if (name.endsWith("Date") || name.endsWith("Time")) {
            return named.at() + " ends in " + (name.endsWith("Date") ? "Date" : "Time");
        }
        if ("date".equals(format) && !name.endsWith("On") && !range) {
            return named.at() + " is a date (format date) whose name does not end in On";
        }
        if ("date-time".equals(format) && !name.endsWith("At") && !range) {
            return named.at() + " is an instant (format date-time) whose name does not end in At";
        }
        return null;
    }

    @Test
    void no_response_body_is_a_bare_array() {
        Set<String> violations = new TreeSet<>();
        for (Operation operation : operationsOfEveryDocument()) {
            for (var response : operation.node().path("responses").properties()) {
                for (var content : resolved(operation.service(), response.getValue()).path("content").properties()) {
                    JsonNode schema = resolved(operation.service(), content.getValue().path("schema"));
                    if (isArray(schema)) {
                        violations.add(operation.at() + " answers " + response.getKey() + " " + content.getKey()
                                + " with a bare array of " + schemaName(schema.path("items")));
                    }
                }
            }
        }
        assertNone(violations, "no response body is a bare JSON array");
    }

    /** A GET answers a collection when it answers an array or items, or takes page or size. */
    @Test
    void every_collection_a_GET_answers_is_a_page_of_items_page_size_total_within_the_same_bounds() {
        Set<String> violations = new TreeSet<>();
        for (Operation operation : operationsOfEveryDocument()) {
            if (!operation.method().equals("GET")) {
                continue;
            }
            String service = operation.service();
            JsonNode body = resolved(service, successSchema(operation.node()));
            Map<String, JsonNode> query = new LinkedHashMap<>();
            for (Named parameter : queryParameters(operation)) {
                query.put(parameter.name(), resolved(service, parameter.schema()));
            }
            JsonNode members = body.path("properties");
            boolean collection = isArray(body) || isArray(resolved(service, members.path("items")))
                    || query.containsKey("page") || query.containsKey("size");
            if (!collection) {
                continue;
            }
            String at = operation.at();
            Set<String> names = new TreeSet<>();
            members.fieldNames().forEachRemaining(names::add);
            if (isArray(body)) {
                violations.add(at + " answers a bare array, not a page {items, page, size, total}");
            } else if (!names.equals(PAGE)) {
                violations.add(at + " answers " + schemaName(successSchema(operation.node())) + " " + names
                        + ", not exactly [items, page, size, total]");
            } else {
                for (String count : List.of("page", "size", "total")) {
                    if (!"integer".equals(resolved(service, members.path(count)).path("type").asText())) {
                        violations.add(at + " answers a page whose " + count + " is not an integer");
                    }
                }
            }
            violations.addAll(bounds(at, query, "page", 0, 10000, 0));
            violations.addAll(bounds(at, query, "size", 1, 200, 50));
        }
        assertNone(violations, "every collection is a page {items, page, size, total}, page 0 to 10000, size 1 to 200 (50)");
    }

    private static List<String> bounds(String at, Map<String, JsonNode> query, String name, long minimum, long maximum,
            long byDefault) {
        JsonNode schema = query.get(name);
        if (schema == null) {
            return List.of(at + " takes no " + name + " query parameter");
        }
        List<String> wrong = new ArrayList<>();
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("minimum", minimum);
        expected.put("maximum", maximum);
        expected.put("default", byDefault);
        expected.forEach((bound, value) -> {
            JsonNode actual = schema.path(bound);
            if (!actual.isNumber() || actual.asLong() != value) {
                wrong.add(bound + " " + (actual.isMissingNode() ? "none" : actual.asText()) + " instead of " + value);
            }
        });
        return wrong.isEmpty() ? List.of() : List.of(at + " query parameter " + name + ": " + String.join(", ", wrong));
    }

    @Test
    void every_POST_that_creates_or_changes_something_takes_an_Idempotency_Key_and_documents_the_422_of_its_reuse() {
        Set<String> violations = new TreeSet<>();
        for (Operation operation : operationsOfEveryDocument()) {
            if (!operation.method().equals("POST")) {
                continue;
            }
            String at = operation.at();
            if (!operation.node().path("responses").has("422")) {
                violations.add(at + " documents no 422");
            }
            if (POSTS_THAT_CHANGE_NOTHING.contains(operation.node().path("operationId").asText())) {
                continue;
            }
            JsonNode key = null;
            for (JsonNode parameter : parameters(operation)) {
                if ("header".equals(parameter.path("in").asText())
                        && "Idempotency-Key".equalsIgnoreCase(parameter.path("name").asText())) {
                    key = parameter;
                }
            }
            if (key == null) {
                violations.add(at + " documents no Idempotency-Key header");
                continue;
            }
            JsonNode schema = resolved(operation.service(), key.path("schema"));
            if (!"Idempotency-Key".equals(key.path("name").asText())) {
                violations.add(at + " spells the header " + key.path("name").asText());
            }
            if (key.path("required").asBoolean(false)) {
                violations.add(at + " requires the Idempotency-Key, which a client may leave out");
            }
            if (schema.path("minLength").asInt(-1) != 1 || schema.path("maxLength").asInt(-1) != 255) {
                violations.add(at + " Idempotency-Key is not 1 to 255 characters long");
            }
        }
        assertNone(violations, "every POST that creates or changes something honours an Idempotency-Key, 422 if reused");
    }

    /**
     * A status named after its concept ({@code offerStatus}) is that concept's; a bare {@code status} is the concept
     * whose vocabulary it shares most values with. Each must be its vocabulary, and every place a concept appears
     * must hold the same values (UNKNOWN aside).
     */
    @Test
    void every_status_is_the_one_vocabulary_of_its_concept_in_every_document() {
        Set<String> violations = new TreeSet<>();
        Map<String, Map<Set<String>, List<String>>> valuesByConcept = new LinkedHashMap<>();
        List<Named> statuses = new ArrayList<>(membersOfEverySchema());
        statuses.addAll(queryParameters());
        for (Named status : statuses) {
            String name = status.name();
            if (!name.equals("status") && !name.endsWith("Status")) {
                continue;
            }
            List<String> values = enumeration(status);
            if (values.isEmpty()) {
                if ("string".equals(resolved(status.service(), status.schema()).path("type").asText())) {
                    violations.add(status.at() + " is a free string, not the enumeration of its concept's vocabulary");
                }
                continue;
            }
            String concept = name.equals("status") ? conceptSharingMostValues(values)
                    : name.substring(0, name.length() - "Status".length());
            Vocabulary vocabulary = VOCABULARIES.get(concept);
            if (vocabulary == null) {
                violations.add(status.at() + " " + values + " is no status vocabulary of docs/api-style.md");
                continue;
            }
            List<String> missing = new ArrayList<>(vocabulary.values());
            missing.removeAll(values);
            List<String> foreign = new ArrayList<>(values);
            foreign.removeAll(vocabulary.values());
            foreign.removeAll(vocabulary.mayAlsoHold());
            if (!missing.isEmpty() || !foreign.isEmpty()) {
                violations.add(status.at() + " is " + values + ", not the " + concept + " status " + vocabulary.values()
                        + (missing.isEmpty() ? "" : ": lacks " + missing) + (foreign.isEmpty() ? "" : ": has " + foreign));
                continue;
            }
            Set<String> compared = new TreeSet<>(values);
            compared.remove("UNKNOWN");
            valuesByConcept.computeIfAbsent(concept, c -> new LinkedHashMap<>())
                    .computeIfAbsent(compared, v -> new ArrayList<>()).add(status.at());
        }
        valuesByConcept.forEach((concept, places) -> {
            if (places.size() > 1) {
                List<String> each = new ArrayList<>();
                places.forEach((values, at) -> each.add(values + " at " + String.join(", ", at)));
                violations.add(concept + " status is not the same everywhere: " + String.join("; ", each));
            }
        });
        assertNone(violations, "one status vocabulary per concept, the same in every service");
    }

    private static String conceptSharingMostValues(List<String> values) {
        String best = null;
        long most = 0;
        boolean tie = false;
        for (var vocabulary : VOCABULARIES.entrySet()) {
            long shared = values.stream().filter(vocabulary.getValue().values()::contains).count();
            if (shared > most) {
                best = vocabulary.getKey();
                most = shared;
                tie = false;
            } else if (shared == most && shared > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    @Test
    void every_error_is_the_one_Problem_whose_type_is_a_URI_and_which_names_its_instance() {
        Set<String> violations = new TreeSet<>();
        documents.forEach((service, document) -> {
            JsonNode problem = document.path("components").path("schemas").path("Problem");
            if (problem.isMissingNode()) {
                violations.add(service + ": has no Problem schema");
                return;
            }
            JsonNode type = problem.path("properties").path("type");
            if (!"uri".equals(type.path("format").asText())) {
                violations.add(service + ": schema Problem.type is not documented as a URI (format uri)");
            }
            String example = type.path("example").asText("");
            if (!example.isEmpty() && !example.matches("https?://.+/problems/.+")) {
                violations.add(service + ": schema Problem.type's example " + example
                        + " is not a <service>/problems/<rule> page");
            }
            if (!problem.path("properties").has("instance")) {
                violations.add(service + ": schema Problem has no instance");
            }
        });
        for (Operation operation : operationsOfEveryDocument()) {
            for (var response : operation.node().path("responses").properties()) {
                String status = response.getKey();
                if (!status.startsWith("4") && !status.startsWith("5") && !status.equals("default")) {
                    continue;
                }
                String at = operation.at() + " " + status;
                JsonNode content = resolved(operation.service(), response.getValue()).path("content");
                if (content.isEmpty()) {
                    violations.add(at + " has no body");
                }
                for (var media : content.properties()) {
                    if (!PROBLEM_JSON.equals(media.getKey())) {
                        violations.add(at + " answers " + media.getKey() + ", not " + PROBLEM_JSON);
                    } else if (!PROBLEM.equals(media.getValue().path("schema").path("$ref").asText())) {
                        violations.add(at + " is not the one Problem schema");
                    }
                }
            }
        }
        assertNone(violations, "every error is the one application/problem+json Problem, type a URI, with instance");
    }

    @Test
    void the_merge_patch_resubmission_accepts_application_merge_patch_json() {
        Set<String> violations = new TreeSet<>();
        boolean found = false;
        for (Operation operation : operationsOfEveryDocument()) {
            if (operation.service().equals("offer-service")
                    && "resubmitOffer".equals(operation.node().path("operationId").asText())) {
                found = true;
                if (!operation.node().path("requestBody").path("content").has("application/merge-patch+json")) {
                    violations.add(operation.at() + " does not accept application/merge-patch+json");
                }
            }
        }
        if (!found) {
            violations.add("offer-service: has no operation resubmitOffer");
        }
        assertNone(violations, "a partial update is sent as application/merge-patch+json");
    }

    @Test
    void members_and_query_parameters_are_camelCase_and_enumerations_UPPER_SNAKE_CASE() {
        Set<String> violations = new TreeSet<>();
        List<Named> named = new ArrayList<>(membersOfEverySchema());
        named.addAll(queryParameters());
        for (Named one : named) {
            if (!CAMEL_CASE.matcher(one.name()).matches()) {
                violations.add(one.at() + " is not camelCase");
            }
        }
        documents.forEach((service, document) -> {
            for (var schema : document.path("components").path("schemas").properties()) {
                schema.getValue().path("enum").forEach(value -> {
                    if (!UPPER_SNAKE_CASE.matcher(value.asText()).matches()) {
                        violations.add(service + ": schema " + schema.getKey() + " value " + value.asText()
                                + " is not UPPER_SNAKE_CASE");
                    }
                });
            }
        });
        for (Named one : named) {
            if (one.schema().has("enum")) {
                one.schema().path("enum").forEach(value -> {
                    if (!UPPER_SNAKE_CASE.matcher(value.asText()).matches()) {
                        violations.add(one.at() + " value " + value.asText() + " is not UPPER_SNAKE_CASE");
                    }
                });
            }
        }
        assertNone(violations, "members are camelCase, enumerations UPPER_SNAKE_CASE");
    }

    /** One operation of one document, as {@link OpenApiDocuments#operations} keys it: {@code POST /offers}. */
    private record Operation(String service, String key, JsonNode node) {
        String method() {
            return key.substring(0, key.indexOf(' '));
        }

        String path() {
            return key.substring(key.indexOf(' ') + 1);
        }

        /** Its id and where it is: {@code offer-service: submitOffer (POST /offers)}. */
        String at() {
            String id = node.path("operationId").asText("");
            return service + ": " + (id.isEmpty() ? "" : id + " ") + "(" + key + ")";
        }
    }

    private static List<Operation> operationsOfEveryDocument() {
        List<Operation> all = new ArrayList<>();
        documents.forEach((service, document) -> operations(document)
                .forEach(operation -> all.add(new Operation(service, operation.getKey(), operation.getValue()))));
        return all;
    }

    /** Every member of every schema of the documents, those declared inline in an operation included. */
    private static List<Named> membersOfEverySchema() {
        List<Named> properties = new ArrayList<>();
        documents.forEach((service, document) -> {
            for (var schema : document.path("components").path("schemas").properties()) {
                members(service, service + ": schema " + schema.getKey(), schema.getValue(), properties);
            }
        });
        for (Operation operation : operationsOfEveryDocument()) {
            operation.node().path("requestBody").path("content").forEach(content ->
                    members(operation.service(), operation.at() + " request body", content.path("schema"), properties));
            for (var response : operation.node().path("responses").properties()) {
                response.getValue().path("content").forEach(content -> members(operation.service(),
                        operation.at() + " " + response.getKey() + " body", content.path("schema"), properties));
            }
        }
        return properties;
    }

    private static void members(String service, String holder, JsonNode schema, List<Named> into) {
        if (!schema.isObject()) {
            return;
        }
        for (var member : schema.path("properties").properties()) {
            into.add(new Named(service, holder + ".", member.getKey(), member.getValue()));
            members(service, holder + "." + member.getKey(), member.getValue(), into);
        }
        members(service, holder + "[]", schema.path("items"), into);
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(combined).forEach(part -> members(service, holder, part, into));
        }
        if (schema.path("additionalProperties").isObject()) {
            members(service, holder + "{}", schema.path("additionalProperties"), into);
        }
    }

    private static List<Named> queryParameters() {
        List<Named> parameters = new ArrayList<>();
        operationsOfEveryDocument().forEach(operation -> parameters.addAll(queryParameters(operation)));
        return parameters;
    }

    private static List<Named> queryParameters(Operation operation) {
        List<Named> query = new ArrayList<>();
        for (JsonNode parameter : parameters(operation)) {
            if ("query".equals(parameter.path("in").asText())) {
                query.add(new Named(operation.service(), operation.at() + " query parameter ",
                        parameter.path("name").asText(), parameter.path("schema")));
            }
        }
        return query;
    }

    /** The operation's parameters, with those its path declares for all its operations. */
    private static List<JsonNode> parameters(Operation operation) {
        List<JsonNode> parameters = new ArrayList<>();
        documents.get(operation.service()).path("paths").path(operation.path()).path("parameters")
                .forEach(parameter -> parameters.add(resolved(operation.service(), parameter)));
        operation.node().path("parameters").forEach(parameter -> parameters.add(resolved(operation.service(), parameter)));
        return parameters;
    }

    /** The schema of the operation's first success, as JSON; missing if it answers none. */
    private static JsonNode successSchema(JsonNode operation) {
        for (var response : operation.path("responses").properties()) {
            if (response.getKey().startsWith("2")) {
                return response.getValue().path("content").path("application/json").path("schema");
            }
        }
        return MissingNode.getInstance();
    }

    /** The node a {@code $ref} (or an {@code allOf} of one) stands for. */
    private static JsonNode resolved(String service, JsonNode node) {
        JsonNode at = node;
        while (at.has("$ref")) {
            at = documents.get(service).at(at.get("$ref").asText().substring(1));
        }
        return at.path("allOf").size() == 1 ? resolved(service, at.path("allOf").get(0)) : at;
    }

    private static String format(Named named) {
        return named.schema().has("format") ? named.schema().path("format").asText()
                : resolved(named.service(), named.schema()).path("format").asText("");
    }

    private static List<String> enumeration(Named named) {
        JsonNode values = named.schema().has("enum") ? named.schema().path("enum")
                : resolved(named.service(), named.schema()).path("enum");
        List<String> enumeration = new ArrayList<>();
        values.forEach(value -> enumeration.add(value.asText()));
        return enumeration;
    }

    private static boolean isArray(JsonNode schema) {
        return "array".equals(schema.path("type").asText());
    }

    private static String schemaName(JsonNode schema) {
        String reference = schema.path("$ref").asText("");
        return reference.isEmpty() ? "an inline schema" : reference.substring(reference.lastIndexOf('/') + 1);
    }

    private static void assertNone(Collection<String> violations, String rule) {
        assertTrue(violations.isEmpty(), () -> violations.size() + " breaking \"" + rule + "\" (docs/api-style.md):\n  "
                + String.join("\n  ", violations) + "\n");
    }

    /**
     * docs/api-style.md, "Field names and values": each status concept is one enumeration with the same values
     * wherever it appears, in every service; an ended offer reads as what ended it, never as INVALIDATED.
     */
    @Test
    void each_status_is_one_enumeration_of_its_concept_in_every_service() {
        List<String> offer = List.of("UNKNOWN", "AWAITING_FEE", "READY", "IN_USE", "APPROVED", "REFUSED", "WITHDRAWN", "RETURNED");
        List<String> fee = List.of("DUE", "PAID", "EXEMPT", "REFUND_OWED", "REFUNDED", "SPENT");
        Map<String, List<String>> expected = new TreeMap<>(Map.of(
                "offer-service OfferView.status", offer,
                "offer-service Summary.status", offer,
                "offer-service OfferFacts.status", offer,
                "decision-service OfferApplicationsView.offerStatus", offer,
                "decision-service OfferFacts.offerStatus", offer,
                "offer-service Fee.status", fee,
                "offer-service Summary.feeStatus", fee,
                "decision-service ApplicationView.status", List.of("AWAITING_DECISION", "APPROVED", "REFUSED", "WITHDRAWN", "RETURNED"),
                "decision-service GcmsRequestView.status", List.of("REQUESTED", "RECEIVED"),
                "deadline-service DeadlineView.status", List.of("OPEN", "MET", "ELAPSED")));
        Map<String, List<String>> documented = new TreeMap<>();
        for (String at : expected.keySet()) {
            String[] serviceAndProperty = at.split(" ");
            String[] schemaAndProperty = serviceAndProperty[1].split("\\.");
            documented.put(at, enumeration(documents.get(serviceAndProperty[0]), schemaAndProperty[0], schemaAndProperty[1]));
        }
        assertEquals(expected, documented);
    }

    /** The values a property may take, from its own enum or the schema it refers to; none if it is not an enumeration. */
    private static List<String> enumeration(JsonNode document, String schema, String property) {
        JsonNode value = document.path("components").path("schemas").path(schema).path("properties").path(property);
        if (value.has("$ref")) {
            value = document.at(value.get("$ref").asText().substring(1));
        }
        List<String> values = new ArrayList<>();
        value.path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }
}
