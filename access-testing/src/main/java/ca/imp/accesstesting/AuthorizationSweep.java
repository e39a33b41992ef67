package ca.imp.accesstesting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Calls every operation of a service as every kind of caller and checks the answer against the
 * matrix in {@code docs/security.md}: the document that people read is the one that is enforced.
 * The operations come from the service's own OpenAPI document, so an endpoint added without a row
 * in the matrix (or a row without an endpoint) fails the sweep.
 */
public final class AuthorizationSweep {
    /** Owns every resource the fixtures create. */
    public static final String EMPLOYER_A = "111111111";
    /** Another employer, who must not learn that A's resources exist. */
    public static final String EMPLOYER_B = "222222222";
    /** A third employer the representative of A also acts for. */
    public static final String EMPLOYER_C = "333333333";

    private static final List<String> ROLE_COLUMNS = List.of("employer", "representative", "officer", "ops", "partner");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One concrete request on employer A's resources; {@code foreignStatus} is what A's rivals get on an "own" operation. */
    public record Call(String method, String path, String jsonBody, int foreignStatus) {
        public static Call get(String path) {
            return new Call("GET", path, null, 404);
        }

        public static Call post(String path, String jsonBody) {
            return new Call("POST", path, jsonBody, 404);
        }

        public static Call delete(String path) {
            return new Call("DELETE", path, null, 404);
        }

        public Call whenForeign(int status) {
            return new Call(method, path, jsonBody, status);
        }
    }

    @FunctionalInterface
    public interface Fixtures {
        /**
         * A fresh call of the operation (spelled as in docs/security.md, e.g.
         * {@code POST /offers/{offerNumber}/withdrawal}) on resources of {@link #EMPLOYER_A}; called
         * once per caller, so a write may need a fresh resource each time.
         */
        Call call(String operation);
    }

    private enum Access { OWN, ANY, NO, PUBLIC }

    /** The kinds of caller every operation is tried with. */
    private enum Kind {
        NO_TOKEN(null, false), EXPIRED(null, false), BAD_SIGNATURE(null, false), OTHER_ISSUER(null, false),
        EMPLOYER_A("employer", true), REPRESENTATIVE_A("representative", true),
        EMPLOYER_B("employer", false), REPRESENTATIVE_B("representative", false),
        OFFICER("officer", false), OPS("ops", false), PARTNER("partner", false);

        final String column;
        final boolean actsForA;

        Kind(String column, boolean actsForA) {
            this.column = column;
            this.actsForA = actsForA;
        }

        String token() {
            return switch (this) {
                case NO_TOKEN -> null;
                case EXPIRED -> TestCallers.expiredEmployer(AuthorizationSweep.EMPLOYER_A);
                case BAD_SIGNATURE -> TestCallers.badlySignedEmployer(AuthorizationSweep.EMPLOYER_A);
                case OTHER_ISSUER -> TestCallers.employerFromOtherIssuer(AuthorizationSweep.EMPLOYER_A);
                case EMPLOYER_A -> TestCallers.employer(AuthorizationSweep.EMPLOYER_A);
                case REPRESENTATIVE_A -> TestCallers.representative(AuthorizationSweep.EMPLOYER_A, AuthorizationSweep.EMPLOYER_C);
                case EMPLOYER_B -> TestCallers.employer(AuthorizationSweep.EMPLOYER_B);
                case REPRESENTATIVE_B -> TestCallers.representative(AuthorizationSweep.EMPLOYER_B);
                case OFFICER -> TestCallers.officer();
                case OPS -> TestCallers.ops();
                case PARTNER -> TestCallers.partner();
            };
        }

        boolean authenticated() {
            return column != null;
        }
    }

    private AuthorizationSweep() {
    }

    /**
     * @param personalDataOfA strings of A's personal data that only A's own callers may ever receive
     * @param recordsOfA      strings of A's records that no refused caller may receive
     * @throws AssertionError listing every answer that differs from the matrix
     */
    public static void sweep(String service, String baseUrl, Fixtures fixtures, List<String> personalDataOfA,
                             List<String> recordsOfA) {
        Map<String, Map<String, Access>> matrix = matrixOf(service);
        JsonNode openApi = get(baseUrl + "/q/openapi?format=json");
        Map<String, JsonNode> documented = operationsOf(openApi);
        List<String> failures = new ArrayList<>();
        for (String operation : documented.keySet()) {
            if (!matrix.containsKey(operation)) {
                failures.add(operation + ": in the OpenAPI document but not in docs/security.md");
            }
        }
        for (String operation : matrix.keySet()) {
            if (!documented.containsKey(operation)) {
                failures.add(operation + ": in docs/security.md but not in the OpenAPI document");
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        StringBuilder table = new StringBuilder("authorization sweep of " + service + "\n");
        for (var row : matrix.entrySet()) {
            String operation = row.getKey();
            if (!documented.containsKey(operation)) {
                continue;
            }
            boolean isPublic = row.getValue().values().stream().allMatch(a -> a == Access.PUBLIC);
            if (isPublic == documented.get(operation).has("security")) {
                failures.add(operation + ": the OpenAPI document " + (isPublic ? "asks" : "does not ask")
                        + " for a bearer token, but the matrix says " + (isPublic ? "public" : "it needs one"));
            }
            table.append(String.format("%-70s", operation));
            for (Kind kind : Kind.values()) {
                Call call = fixtures.call(operation);
                HttpResponse<String> response = send(http, baseUrl, call, kind.token());
                table.append(' ').append(response.statusCode());
                check(operation, kind, isPublic ? Access.PUBLIC : row.getValue().get(kind.column), call, response,
                        personalDataOfA, recordsOfA, failures);
            }
            table.append('\n');
        }
        table.append("(columns: ").append(String.join(", ", Arrays.stream(Kind.values()).map(Enum::name).toList()))
                .append(")\n");
        System.out.print(table);
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " answers differ from docs/security.md:\n  " + String.join("\n  ", failures));
        }
    }

    private static void check(String operation, Kind kind, Access access, Call call, HttpResponse<String> response,
                              List<String> personalDataOfA, List<String> recordsOfA, List<String> failures) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        String who = operation + " as " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String seen = ": got " + status + " " + abbreviate(body);
        if (status >= 500) {
            failures.add(who + ": a server error" + seen);
            return;
        }
        Integer expected = expectedStatus(kind, access, call);
        boolean allowed = expected == null;
        if (allowed && (status == 401 || status == 403 || status == 404)) {
            failures.add(who + ": expected to be allowed" + seen);
        }
        if (!allowed && status != expected) {
            failures.add(who + ": expected " + expected + seen);
        }
        if (!allowed && status == 401 && !response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer")) {
            failures.add(who + ": a 401 without a WWW-Authenticate: Bearer challenge");
        }
        if (!allowed && !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            failures.add(who + ": a refusal that is not application/problem+json" + seen);
        }
        String said = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                ? withoutInstance(body) : body;
        if (!kind.actsForA) {
            personalDataOfA.stream().filter(said::contains)
                    .forEach(leak -> failures.add(who + ": the answer contains A's personal data '" + leak + "'"));
        }
        if (!allowed) {
            recordsOfA.stream().filter(said::contains)
                    .forEach(leak -> failures.add(who + ": a refusal contains A's record '" + leak + "'"));
        }
    }

    /** A problem's {@code instance} repeats the caller's own request, which tells the caller nothing it did not send. */
    private static String withoutInstance(String problem) {
        try {
            if (JSON.readTree(problem) instanceof ObjectNode members) {
                members.remove("instance");
                return members.toString();
            }
            return problem;
        } catch (IOException notJson) {
            return problem;
        }
    }

    /** The status a refused caller gets, or null when the caller is allowed. */
    private static Integer expectedStatus(Kind kind, Access access, Call call) {
        if (access == Access.PUBLIC) {
            return null;
        }
        if (!kind.authenticated()) {
            return 401;
        }
        return switch (access) {
            case NO -> 403;
            case ANY -> null;
            case OWN -> kind.actsForA ? null : kind.column.equals("employer") || kind.column.equals("representative")
                    ? call.foreignStatus() : 403;
            case PUBLIC -> null;
        };
    }

    private static HttpResponse<String> send(HttpClient http, String baseUrl, Call call, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + call.path())).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (call.jsonBody() != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(call.method(), call.jsonBody() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(call.jsonBody()));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** "METHOD /path" of every operation in the document, with the operation's object. */
    private static Map<String, JsonNode> operationsOf(JsonNode openApi) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            path.getValue().fields().forEachRemaining(method -> {
                if (METHODS.contains(method.getKey())) {
                    operations.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue());
                }
            });
        }
        return operations;
    }

    /** The rows under {@code ### <service>} in docs/security.md: operation -> role column -> access. */
    static Map<String, Map<String, Access>> matrixOf(String service) {
        List<String> lines;
        try {
            lines = Files.readAllLines(securityDoc());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, Access>> matrix = new LinkedHashMap<>();
        List<String> columns = null;
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("#")) {
                inSection = line.trim().equals("### " + service);
                columns = null;
                continue;
            }
            if (!inSection || !line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            List<String> cells = List.of(line.substring(1, line.lastIndexOf('|')).split("\\|")).stream().map(String::trim).toList();
            if (columns == null) {
                columns = cells.subList(1, cells.size());
                if (!columns.equals(ROLE_COLUMNS)) {
                    throw new IllegalStateException("docs/security.md: the " + service + " table's columns must be " + ROLE_COLUMNS);
                }
                continue;
            }
            Map<String, Access> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                Access access = Access.valueOf(cells.get(i + 1).toUpperCase(Locale.ROOT));
                if (access == Access.OWN && !(columns.get(i).equals("employer") || columns.get(i).equals("representative"))) {
                    throw new IllegalStateException("docs/security.md: only employers and representatives act for employers ("
                            + cells.get(0) + ", " + columns.get(i) + ")");
                }
                row.put(columns.get(i), access);
            }
            matrix.put(cells.get(0).replace("`", ""), row);
        }
        if (matrix.isEmpty()) {
            throw new IllegalStateException("docs/security.md has no operations under '### " + service + "'");
        }
        return matrix;
    }

    private static Path securityDoc() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs/security.md");
            if (Files.exists(doc)) {
                return doc;
            }
        }
        throw new IllegalStateException("no docs/security.md above " + Path.of("").toAbsolutePath());
    }

    private static JsonNode get(String url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + " without a token");
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    /** The operations of a service's matrix, e.g. to check that a fixture covers them all. */
    public static Set<String> operationsOf(String service) {
        return new TreeSet<>(matrixOf(service).keySet());
    }
}
