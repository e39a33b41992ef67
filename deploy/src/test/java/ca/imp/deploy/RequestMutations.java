package ca.imp.deploy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * Turns a valid request of an operation into a bad one, the way a careless or hostile client would:
 * wrong types, nulls, missing, extra and repeated keys, control characters, huge strings and
 * numbers, impossible dates, deep nesting, malformed JSON, wrong content types, odd path, query and
 * header values. Which fields a mutation may hit comes both from the valid body and from the
 * operation's OpenAPI document (its body schema, its path and query parameters), so an optional
 * date the valid body leaves out is still tried with {@code -999999999-01-01}.
 * Every choice is drawn from the given {@link Random}: the same seed gives the same requests.
 */
final class RequestMutations {
    /** A request as sent: path and query already percent-encoded (or deliberately badly encoded). */
    record Request(String operation, String method, String path, String query, Map<String, String> headers,
                   String body, String token, String kind, String detail) {
        Request with(String kind, String detail) {
            return new Request(operation, method, path, query, headers, body, token, kind, detail);
        }

        Request withPath(String newPath) {
            return new Request(operation, method, newPath, query, headers, body, token, kind, detail);
        }

        Request withQuery(String newQuery) {
            return new Request(operation, method, path, newQuery, headers, body, token, kind, detail);
        }

        Request withBody(String newBody) {
            return new Request(operation, method, path, query, headers, newBody, token, kind, detail);
        }

        Request withHeader(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(headers);
            if (value == null) {
                changed.remove(name);
            } else {
                changed.put(name, value);
            }
            return new Request(operation, method, path, query, changed, body, token, kind, detail);
        }

        String target() {
            return path + (query.isEmpty() ? "" : "?" + query);
        }
    }

    enum Kind {
        WRONG_TYPE, NULL, MISSING_KEY, EXTRA_KEY, REPEATED_KEY, CONTROL_CHARACTERS, HUGE_STRING, HUGE_NUMBER,
        EXTREME_DATE, ODD_ENUM, DEEP_NESTING, MALFORMED_JSON, WRONG_CONTENT_TYPE, PATH_VALUE, QUERY_VALUE, HEADER_VALUE
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** An object key that the serializer writes as {@code name}, a second time: JSON objects in Jackson cannot repeat a key. */
    private static final String REPEAT = "\u0000repeat\u0000";

    private static final List<String> CONTROL = List.of("\u0000", "\u0001", "\u0007", "\b", "\u001b[31m", "\u007f",
            "\u0085", "\u2028", "\ufeff", "\r\n", "\t");
    private static final List<String> NUMBERS = List.of("1e1000000", "-1e1000000", "1e-1000000", "1E+309",
            "123456789012345678901234567890", "9223372036854775808", "2147483648", "-2147483649", "-1", "0", "-0",
            "0.001", "230.005", "1e400", "4.9e-324");
    private static final List<String> DATES = List.of("\"-0001-01-01\"", "\"-999999999-01-01\"", "\"+999999999-12-31\"",
            "\"2026-02-30\"", "\"2026-13-01\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"1900-01-01\"", "\"2100-01-01\"",
            "\"+10000-01-01\"", "\"1582-10-10\"", "\"2026-06-16T00:00:00Z\"", "\"2026-6-16\"", "\"\"", "\" 2026-06-16\"",
            "20260616", "-1", "1e1000000", "\"\\u00002026-06-16\"");
    private static final List<String> WRONG_TYPES = List.of("42", "true", "false", "\"text\"", "[]", "{}", "1.5",
            "[\"a\", 1]", "{\"value\": 1}", "\"\"");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=EBCDIC",
            "application/problem+json", "*/*", "application/jsonx", "");
    private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "image/png", "*/*;q=bad",
            "application/json;q=0", "text/calendar");

    private final String method;
    private final Map<String, JsonNode> bodyFields;
    private final List<String> pathParameters;
    private final Map<String, JsonNode> queryParameters;
    private final List<String> headerParameters;

    private RequestMutations(String method, Map<String, JsonNode> bodyFields, List<String> pathParameters,
                             Map<String, JsonNode> queryParameters, List<String> headerParameters) {
        this.method = method;
        this.bodyFields = bodyFields;
        this.pathParameters = pathParameters;
        this.queryParameters = queryParameters;
        this.headerParameters = headerParameters;
    }

    /** The mutations of one operation, e.g. {@code POST /offers/{offerNumber}/fee-payments}, of an OpenAPI document. */
    static RequestMutations of(JsonNode openApi, String operation) {
        String[] methodAndPath = operation.split(" ", 2);
        JsonNode spec = openApi.path("paths").path(methodAndPath[1]).path(methodAndPath[0].toLowerCase());
        if (spec.isMissingNode()) {
            throw new IllegalArgumentException(operation + " is not in the OpenAPI document");
        }
        List<String> path = new ArrayList<>();
        Map<String, JsonNode> query = new LinkedHashMap<>();
        List<String> headers = new ArrayList<>();
        for (JsonNode parameter : spec.path("parameters")) {
            JsonNode resolved = resolve(openApi, parameter);
            switch (resolved.path("in").asText()) {
                case "path" -> path.add(resolved.path("name").asText());
                case "query" -> query.put(resolved.path("name").asText(), resolve(openApi, resolved.path("schema")));
                case "header" -> headers.add(resolved.path("name").asText());
                default -> { }
            }
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        JsonNode content = spec.path("requestBody").path("content");
        if (content.isObject() && content.size() > 0) {
            collectFields(openApi, resolve(openApi, content.elements().next().path("schema")), "", fields, 0);
        }
        return new RequestMutations(methodAndPath[0], fields, path, query, headers);
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            current = openApi.at(current.get("$ref").asText().substring(1));
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(openApi, current.get("allOf").get(0));
        }
        return current;
    }

    /** Every property of the body schema, as a dotted path, with its schema. */
    private static void collectFields(JsonNode openApi, JsonNode schema, String prefix, Map<String, JsonNode> fields, int depth) {
        if (depth > 5) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            var property = it.next();
            JsonNode resolved = resolve(openApi, property.getValue());
            String path = prefix + property.getKey();
            fields.put(path, resolved);
            collectFields(openApi, resolved, path + ".", fields, depth + 1);
        }
    }

    /** The kinds that apply to this operation: body kinds only where a body is sent. */
    List<Kind> kinds(Request seed) {
        List<Kind> kinds = new ArrayList<>();
        boolean sendsBody = seed.body() != null || !method.equals("GET") && !method.equals("DELETE");
        if (seed.body() != null && !bodyFields.isEmpty()) {
            kinds.addAll(List.of(Kind.WRONG_TYPE, Kind.NULL, Kind.MISSING_KEY, Kind.EXTRA_KEY, Kind.REPEATED_KEY,
                    Kind.CONTROL_CHARACTERS, Kind.HUGE_STRING, Kind.HUGE_NUMBER, Kind.DEEP_NESTING));
            if (bodyFields.values().stream().anyMatch(s -> "date".equals(s.path("format").asText()))) {
                kinds.add(Kind.EXTREME_DATE);
                kinds.add(Kind.EXTREME_DATE);
            }
            if (bodyFields.values().stream().anyMatch(s -> s.has("enum"))) {
                kinds.add(Kind.ODD_ENUM);
            }
        }
        if (sendsBody) {
            kinds.add(Kind.MALFORMED_JSON);
            kinds.add(Kind.WRONG_CONTENT_TYPE);
        }
        if (!pathParameters.isEmpty()) {
            kinds.add(Kind.PATH_VALUE);
            kinds.add(Kind.PATH_VALUE);
        }
        kinds.add(Kind.QUERY_VALUE);
        if (!queryParameters.isEmpty()) {
            kinds.add(Kind.QUERY_VALUE);
            kinds.add(Kind.QUERY_VALUE);
        }
        kinds.add(Kind.HEADER_VALUE);
        return kinds;
    }

    /**
     * The cases issue 10 names, each tried on every field or parameter it fits, before any random one: page=2147483647
     * on every integer query parameter, NUL in every query parameter and text field, every extreme date on every date
     * field, an unbounded number on every number field, a key repeated after all fields, null as the body.
     */
    List<Request> namedCases(Request seed) {
        List<Request> cases = new ArrayList<>();
        queryParameters.forEach((name, schema) -> {
            String type = schema.path("type").asText();
            if (type.equals("integer") || type.equals("number")) {
                cases.add(seed.withQuery(append(seed.query(), name + "=2147483647")).with(Kind.QUERY_VALUE.name(), name + "=2147483647"));
            }
            cases.add(seed.withQuery(append(seed.query(), name + "=a%00b")).with(Kind.QUERY_VALUE.name(), name + "=a%00b"));
        });
        if (seed.body() == null || bodyFields.isEmpty()) {
            return cases;
        }
        ObjectNode body = parse(seed);
        for (var field : bodyFields.entrySet()) {
            String format = field.getValue().path("format").asText();
            String type = field.getValue().path("type").asText();
            if (format.equals("date")) {
                for (String date : List.of("\"-0001-01-01\"", "\"-999999999-01-01\"", "\"+999999999-12-31\"", "\"2026-02-30\"", "20260616")) {
                    cases.add(withField(seed, body, field.getKey(), date, Kind.EXTREME_DATE));
                }
            } else if (type.equals("string") && !field.getValue().has("enum")) {
                JsonNode current = at(body, field.getKey());
                String text = current != null && current.isTextual() ? current.asText() : "text";
                cases.add(withField(seed, body, field.getKey(), quote(text + "\u0000"), Kind.CONTROL_CHARACTERS));
            } else if (type.equals("number") || type.equals("integer")) {
                cases.add(withField(seed, body, field.getKey(), "1e1000000", Kind.HUGE_NUMBER));
            }
        }
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        if (!names.isEmpty()) {
            ObjectNode repeated = body.deepCopy();
            String last = names.get(names.size() - 1);
            repeated.set(REPEAT + names.get(0), repeated.get(names.get(0)));
            cases.add(seed.withBody(write(repeated)).with(Kind.REPEATED_KEY.name(), "repeated " + names.get(0) + " after " + last));
        }
        cases.add(seed.withBody("null").with(Kind.NULL.name(), "body null"));
        return cases;
    }

    private static String append(String query, String parameter) {
        return query.isEmpty() ? parameter : query + "&" + parameter;
    }

    private static Request withField(Request seed, ObjectNode body, String field, String value, Kind kind) {
        ObjectNode changed = body.deepCopy();
        set(changed, field, raw(value));
        return seed.withBody(write(changed)).with(kind.name(), field + " = " + abbreviate(value));
    }

    private static ObjectNode parse(Request seed) {
        try {
            return (ObjectNode) JSON.readTree(seed.body());
        } catch (Exception e) {
            throw new IllegalArgumentException(seed.operation() + ": the valid body is not a JSON object", e);
        }
    }

    /**
     * One bad request made from a valid one.
     *
     * @param pathValues the valid request's path parameters, by name, to find them in its path
     */
    Request mutate(Request seed, Map<String, String> pathValues, Random random) {
        List<Kind> kinds = kinds(seed);
        Kind kind = kinds.get(random.nextInt(kinds.size()));
        return switch (kind) {
            case PATH_VALUE -> mutatePath(seed, pathValues, random);
            case QUERY_VALUE -> mutateQuery(seed, random);
            case HEADER_VALUE -> mutateHeader(seed, random);
            case MALFORMED_JSON -> malformed(seed, random);
            case WRONG_CONTENT_TYPE -> {
                String type = pick(random, CONTENT_TYPES);
                Request typed = seed.withHeader("Content-Type", type.isEmpty() ? null : type).with(kind.name(), "Content-Type: " + type);
                yield seed.body() == null ? typed.withBody(random.nextBoolean() ? "a=1&b=2" : "<offer/>") : typed;
            }
            default -> mutateBody(seed, kind, random);
        };
    }

    private Request mutateBody(Request seed, Kind kind, Random random) {
        ObjectNode body = parse(seed);
        String field = pickField(body, kind, random);
        String value;
        switch (kind) {
            case WRONG_TYPE -> value = pick(random, WRONG_TYPES);
            case NULL -> value = "null";
            case MISSING_KEY -> {
                if (field.isEmpty()) {
                    return seed.withBody("{}").with(kind.name(), "{}");
                }
                remove(body, field);
                return seed.withBody(write(body)).with(kind.name(), "without " + field);
            }
            case EXTRA_KEY -> {
                String parent = field.contains(".") ? field.substring(0, field.lastIndexOf('.')) : "";
                JsonNode container = parent.isEmpty() ? body : at(body, parent);
                String name = pick(random, List.of("unknown", "@type", "__proto__", "class", "status", "offerNumber",
                        "employer", "x".repeat(300), "", "a\u0000b"));
                if (container instanceof ObjectNode object) {
                    object.set(name, raw(pick(random, WRONG_TYPES)));
                }
                return seed.withBody(write(body)).with(kind.name(), "extra " + printable(name) + " in " + (parent.isEmpty() ? "body" : parent));
            }
            case REPEATED_KEY -> {
                String parent = field.contains(".") ? field.substring(0, field.lastIndexOf('.')) : "";
                JsonNode container = parent.isEmpty() ? body : at(body, parent);
                if (!(container instanceof ObjectNode object) || object.isEmpty()) {
                    return seed.withBody(write(body) + write(body)).with(kind.name(), "the body twice");
                }
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String name = pick(random, names);
                // after all the fields: the position where the parser's duplicate check fires last
                object.set(REPEAT + name, raw(random.nextBoolean() ? write(object.get(name)) : pick(random, WRONG_TYPES)));
                return seed.withBody(write(body)).with(kind.name(), "repeated " + (parent.isEmpty() ? "" : parent + ".") + name);
            }
            case CONTROL_CHARACTERS -> {
                String control = pick(random, CONTROL);
                JsonNode current = field.isEmpty() ? null : at(body, field);
                String text = current != null && current.isTextual() ? current.asText() : "text";
                int at = random.nextInt(text.length() + 1);
                value = quote(text.substring(0, at) + control + text.substring(at));
                if (random.nextInt(8) == 0) {
                    value = "\"a\\ud800b\"";
                }
            }
            case HUGE_STRING -> {
                int length = pick(random, List.of(1_001, 10_000, 100_000));
                // a megabyte now and then: enough to show the limit, too slow to send thousands of
                value = quote("x".repeat(random.nextInt(50) == 0 ? 1_000_000 : length));
            }
            case HUGE_NUMBER -> value = pick(random, NUMBERS);
            case EXTREME_DATE -> {
                field = pick(random, fieldsWhere(s -> "date".equals(s.path("format").asText())));
                value = pick(random, DATES);
            }
            case ODD_ENUM -> {
                field = pick(random, fieldsWhere(s -> s.has("enum")));
                JsonNode values = bodyFields.get(field).get("enum");
                String valid = values.get(random.nextInt(values.size())).asText();
                value = pick(random, List.of(quote(valid.toLowerCase()), quote(" " + valid), quote(valid + "\u0000"),
                        quote("UNKNOWN"), quote(""), "0", quote(valid + "," + valid), "[" + quote(valid) + "]"));
            }
            case DEEP_NESTING -> {
                int depth = pick(random, List.of(1_001, 10_000));
                value = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            }
            default -> throw new IllegalStateException(kind.name());
        }
        if (field.isEmpty()) {
            return seed.withBody(value).with(kind.name(), "body " + abbreviate(value));
        }
        set(body, field, raw(value));
        return seed.withBody(write(body)).with(kind.name(), field + " = " + abbreviate(value));
    }

    /** A field of the body to hit: one of the valid body's or one the schema documents; "" is the body itself. */
    private String pickField(ObjectNode body, Kind kind, Random random) {
        List<String> candidates = new ArrayList<>(bodyFields.keySet());
        collectPresent(body, "", candidates);
        if (kind == Kind.NULL || kind == Kind.WRONG_TYPE || kind == Kind.DEEP_NESTING) {
            candidates.add("");
        }
        if (kind == Kind.MISSING_KEY || kind == Kind.REPEATED_KEY) {
            candidates.removeIf(f -> !f.isEmpty() && at(body, f) == null);
        }
        return candidates.isEmpty() ? "" : pick(random, candidates.stream().distinct().toList());
    }

    private List<String> fieldsWhere(java.util.function.Predicate<JsonNode> schema) {
        return bodyFields.entrySet().stream().filter(e -> schema.test(e.getValue())).map(Map.Entry::getKey).toList();
    }

    private static void collectPresent(JsonNode node, String prefix, List<String> into) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> {
                into.add(prefix + e.getKey());
                collectPresent(e.getValue(), prefix + e.getKey() + ".", into);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                into.add(prefix + i);
                collectPresent(array.get(i), prefix + i + ".", into);
            }
        }
    }

    private Request malformed(Request seed, Random random) {
        String valid = seed.body() == null ? "{\"a\": 1}" : seed.body();
        String body = switch (random.nextInt(12)) {
            case 0 -> valid.substring(0, random.nextInt(Math.max(1, valid.length())));
            case 1 -> valid + "}";
            case 2 -> valid + " trailing";
            case 3 -> valid.replace('"', '\'');
            case 4 -> "\ufeff" + valid;
            case 5 -> "/* comment */" + valid;
            case 6 -> "";
            case 7 -> "null";
            case 8 -> valid.replaceFirst(":", "");
            case 9 -> valid.replaceFirst("\"", "\"\u0000");
            case 10 -> "[" + valid + "]";
            default -> "\"" + "\\u0000".repeat(4) + "\"";
        };
        return seed.withHeader("Content-Type", "application/json").withBody(body).with(Kind.MALFORMED_JSON.name(), abbreviate(body));
    }

    private Request mutatePath(Request seed, Map<String, String> pathValues, Random random) {
        String name = pick(random, pathParameters);
        String valid = pathValues.get(name);
        String value = pick(random, List.of("A0000000", "A9999999-99", "%20", "%00", "%zz", "%", "%c3%28", "%2e%2e",
                "%2F", "..", "A".repeat(5_000), "x".repeat(20_000), valid + "%0A", valid + "%00", "-1", "2147483648", "%C3%A9",
                "00000000-0000-0000-0000-000000000000", "not-a-uuid", "'%20OR%201=1--", "987654321", "a1234567",
                valid.toLowerCase(), valid + "/extra", "%E2%80%A8", valid + ";x=1"));
        // segment by segment: a short value, such as an operator's id 2, is also part of the port and of other segments
        int pathStart = seed.path().indexOf('/', seed.path().indexOf("//") + 2);
        String[] segments = seed.path().substring(pathStart).split("/", -1);
        boolean found = false;
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].equals(valid)) {
                segments[i] = value;
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException(seed.operation() + ": path parameter " + name + " not found in " + seed.path());
        }
        return seed.withPath(seed.path().substring(0, pathStart) + String.join("/", segments))
                .with(Kind.PATH_VALUE.name(), name + " = " + abbreviate(value));
    }

    private Request mutateQuery(Request seed, Random random) {
        List<String> names = new ArrayList<>(queryParameters.keySet());
        names.add("unknown");
        String name = pick(random, names);
        JsonNode schema = queryParameters.get(name);
        String type = schema == null ? "" : schema.path("type").asText();
        List<String> values = new ArrayList<>(List.of("", "%00", "%zz", "%", "abc", "%E2%80%A8", "x".repeat(10_000),
                "-999999999-01-01", "%2B999999999-12-31", "2026-02-30", "-0001-01-01", "1e1000000", "true", "%27"));
        if ("integer".equals(type) || "number".equals(type)) {
            values.addAll(List.of("2147483647", "2147483647", "2147483648", "-2147483648", "-1", "0",
                    "9223372036854775807", "99999999999999999999", "1.5", "0x10"));
        }
        if (schema != null && schema.has("enum")) {
            schema.get("enum").forEach(v -> values.add(encode(v.asText().toLowerCase())));
        }
        String value = pick(random, values);
        String added = name + "=" + value;
        String query = seed.query();
        if (random.nextInt(4) == 0) {
            added = added + "&" + name + "=" + pick(random, values);
        }
        query = query.isEmpty() ? added : query + "&" + added;
        return seed.withQuery(query).with(Kind.QUERY_VALUE.name(), abbreviate(added));
    }

    private Request mutateHeader(Request seed, Random random) {
        int choice = random.nextInt(headerParameters.isEmpty() ? 3 : 5);
        return switch (choice) {
            case 0 -> {
                String accept = pick(random, ACCEPTS);
                yield seed.withHeader("Accept", accept).with(Kind.HEADER_VALUE.name(), "Accept: " + accept);
            }
            case 1 -> seed.withHeader("X-Padding", "x".repeat(pick(random, List.of(9_000, 20_000))))
                    .with(Kind.HEADER_VALUE.name(), "a header of many kilobytes");
            case 2 -> seed.withPath(seed.path() + "/" + "x".repeat(pick(random, List.of(5_000, 20_000))))
                    .with(Kind.HEADER_VALUE.name(), "a request line of many kilobytes");
            default -> {
                String header = pick(random, headerParameters);
                String value = pick(random, List.of("", " ", "x".repeat(300), "x".repeat(10_000), "\u00e9t\u00e9",
                        "a,b", "00000000-0000-0000-0000-000000000000"));
                yield seed.withHeader(header, value).with(Kind.HEADER_VALUE.name(), header + ": " + abbreviate(value));
            }
        };
    }

    private static JsonNode at(JsonNode root, String dotted) {
        JsonNode node = root;
        for (String step : dotted.split("\\.")) {
            node = node.isArray() && step.matches("\\d+") ? node.get(Integer.parseInt(step)) : node.get(step);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** Sets a field, making the objects on its way when the valid body has none (an optional part). */
    private static void set(ObjectNode root, String dotted, JsonNode value) {
        String[] steps = dotted.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode next = node.isArray() ? node.get(Integer.parseInt(steps[i])) : node.get(steps[i]);
            if (next == null || !next.isContainerNode()) {
                next = NODES.objectNode();
                if (node instanceof ObjectNode object) {
                    object.set(steps[i], next);
                } else {
                    return;
                }
            }
            node = next;
        }
        String last = steps[steps.length - 1];
        if (node instanceof ObjectNode object) {
            object.set(last, value);
        } else if (node instanceof ArrayNode array && last.matches("\\d+") && Integer.parseInt(last) < array.size()) {
            array.set(Integer.parseInt(last), value);
        }
    }

    private static void remove(ObjectNode root, String dotted) {
        int dot = dotted.lastIndexOf('.');
        JsonNode parent = dot < 0 ? root : at(root, dotted.substring(0, dot));
        String last = dotted.substring(dot + 1);
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array && last.matches("\\d+")) {
            array.remove(Integer.parseInt(last));
        }
    }

    private static JsonNode raw(String json) {
        return NODES.rawValueNode(new RawValue(json));
    }

    /** JSON text of a tree; a key marked as repeated is written under its own name once more. */
    static String write(JsonNode node) {
        if (node instanceof ObjectNode object) {
            StringBuilder out = new StringBuilder("{");
            object.fields().forEachRemaining(e -> {
                if (out.length() > 1) {
                    out.append(',');
                }
                String name = e.getKey().startsWith(REPEAT) ? e.getKey().substring(REPEAT.length()) : e.getKey();
                out.append(quote(name)).append(':').append(write(e.getValue()));
            });
            return out.append('}').toString();
        }
        if (node instanceof ArrayNode array) {
            StringBuilder out = new StringBuilder("[");
            array.forEach(element -> out.append(out.length() > 1 ? "," : "").append(write(element)));
            return out.append(']').toString();
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String text) {
        return write(NODES.textNode(text));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String abbreviate(String text) {
        String shown = printable(text);
        return shown.length() <= 80 ? shown : shown.substring(0, 60) + "...(" + text.length() + " chars)";
    }

    /** Control characters shown as escapes, so that a report line stays one line. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(400).forEach(c -> {
            if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0xfeff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
