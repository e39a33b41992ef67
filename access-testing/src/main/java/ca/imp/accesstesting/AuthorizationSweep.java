package ca.imp.accesstesting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * STAND-IN written by the offer-service helper to run its AuthorizationMatrixTest before the lead's
 * sweep lands; the lead's version replaces this file at merge. Same API as in the common brief.
 */
public final class AuthorizationSweep {
    public static final String EMPLOYER_A = "111111111";
    public static final String EMPLOYER_B = "222222222";
    private static final String OTHER = "333333333";
    private static final List<String> ROLES = List.of("employer", "representative", "officer", "ops", "partner");

    private AuthorizationSweep() {
    }

    /** One concrete request on employer A's resources. */
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
        Call call(String operation);
    }

    private record Caller(String name, String token, String column, boolean ownOfA, boolean foreign) {
    }

    public static void sweep(String service, String baseUrl, Fixtures fixtures, List<String> personalDataOfA,
                             List<String> recordsOfA) {
        Map<String, List<String>> matrix = matrix(service);
        Set<String> documented = operations(baseUrl);
        List<String> mismatches = new ArrayList<>();
        for (String op : matrix.keySet()) {
            if (!documented.contains(op)) {
                mismatches.add(op + ": in docs/security.md, missing from the OpenAPI document");
            }
        }
        for (String op : documented) {
            if (!matrix.containsKey(op)) {
                mismatches.add(op + ": in the OpenAPI document, missing from docs/security.md");
            }
        }
        List<Caller> callers = List.of(
                new Caller("no token", null, null, false, false),
                new Caller("expired", TestCallers.expiredEmployer(EMPLOYER_A), null, false, false),
                new Caller("bad signature", TestCallers.badlySignedEmployer(EMPLOYER_A), null, false, false),
                new Caller("other issuer", TestCallers.employerFromOtherIssuer(EMPLOYER_A), null, false, false),
                new Caller("employer A", TestCallers.employer(EMPLOYER_A), "employer", true, false),
                new Caller("representative of A", TestCallers.representative(EMPLOYER_A, OTHER), "representative", true, false),
                new Caller("employer B", TestCallers.employer(EMPLOYER_B), "employer", false, true),
                new Caller("representative of B", TestCallers.representative(EMPLOYER_B, OTHER), "representative", false, true),
                new Caller("officer", TestCallers.officer(), "officer", false, false),
                new Caller("ops", TestCallers.ops(), "ops", false, false),
                new Caller("partner", TestCallers.partner(), "partner", false, false));
        HttpClient http = HttpClient.newHttpClient();
        for (var entry : matrix.entrySet()) {
            String op = entry.getKey();
            if (!documented.contains(op)) {
                continue;
            }
            for (Caller caller : callers) {
                String cell = caller.column() == null ? "token" : entry.getValue().get(ROLES.indexOf(caller.column()));
                if (cell.equals("public") && caller.column() == null) {
                    continue;
                }
                Call call = fixtures.call(op);
                HttpResponse<String> response = send(http, baseUrl, call, caller.token());
                int status = response.statusCode();
                String body = response.body();
                String where = op + " as " + caller.name() + " (" + cell + "): " + status + " " + abbreviate(body);
                boolean denied;
                if (caller.column() == null) {
                    denied = true;
                    if (status != 401 || !response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer")) {
                        mismatches.add(where + ", expected 401 with WWW-Authenticate: Bearer");
                    }
                } else if (cell.equals("no")) {
                    denied = true;
                    if (status != 403) {
                        mismatches.add(where + ", expected 403");
                    }
                } else if (cell.equals("own") && caller.foreign()) {
                    denied = true;
                    if (status != call.foreignStatus()) {
                        mismatches.add(where + ", expected " + call.foreignStatus());
                    }
                } else {
                    denied = false;
                    if (status == 401 || status == 403 || status == 404 || status >= 500) {
                        mismatches.add(where + ", expected allowed");
                    }
                }
                if (status >= 500) {
                    mismatches.add(where + ", a server error");
                }
                if (!caller.ownOfA()) {
                    personalDataOfA.stream().filter(body::contains)
                            .forEach(data -> mismatches.add(where + ", shows A's personal data '" + data + "'"));
                }
                if (denied) {
                    recordsOfA.stream().filter(body::contains)
                            .forEach(data -> mismatches.add(where + ", shows A's records '" + data + "'"));
                }
            }
        }
        if (!mismatches.isEmpty()) {
            throw new AssertionError(mismatches.size() + " mismatches with docs/security.md:\n" + String.join("\n", mismatches));
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static HttpResponse<String> send(HttpClient http, String baseUrl, Call call, String token) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + call.path()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (call.jsonBody() != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(call.method(), call.jsonBody() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.jsonBody()));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> matrix(String service) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/security.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no docs/security.md above " + Path.of("").toAbsolutePath());
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve("docs/security.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Pattern row = Pattern.compile("^\\|\\s*`([A-Z]+ [^`]+)`\\s*\\|(.*)\\|\\s*$");
        boolean inService = false;
        for (String line : lines) {
            if (line.startsWith("### ")) {
                inService = line.substring(4).trim().equals(service);
                continue;
            }
            Matcher m = row.matcher(line);
            if (inService && m.matches()) {
                List<String> cells = List.of(m.group(2).split("\\|")).stream().map(String::trim).toList();
                rows.put(m.group(1), cells);
            }
        }
        return rows;
    }

    private static Set<String> operations(String baseUrl) {
        HttpResponse<String> response = send(HttpClient.newHttpClient(), baseUrl, Call.get("/q/openapi?format=json"), null);
        try {
            JsonNode paths = new ObjectMapper().readTree(response.body()).path("paths");
            Set<String> ops = new TreeSet<>();
            paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    ops.add(method.toUpperCase() + " " + path.getKey());
                }
            }));
            return ops;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
