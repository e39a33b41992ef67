package ca.imp.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error this product returns. {@code rule} names
 * the broken rule in a stable, machine-readable way; {@code type} is the address of the page that
 * describes it ({@code /problems/<rule>}, made absolute for the request by {@link ProblemLocations});
 * {@code instance} is the path of the request that failed; {@code field} names the input at fault;
 * {@code violations} lists every field at fault when there are several.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String field, String rule,
                      List<Violation> violations, @JsonIgnore Map<String, Object> facts) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Where each service serves the page of a rule ({@link ProblemPages}). */
    public static final String PAGES = "/problems/";

    public record Violation(String field, String rule, String message) {
    }

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
        facts = facts == null ? Map.of() : new LinkedHashMap<>(facts);
    }

    public static Problem of(int status, String title, String rule, String detail) {
        return new Problem(PAGES + rule, title, status, detail, null, null, rule, List.of(), Map.of());
    }

    public static Problem ofField(int status, String title, String field, String rule, String detail) {
        return new Problem(PAGES + rule, title, status, detail, null, field, rule,
                List.of(new Violation(field, rule, detail)), Map.of());
    }

    public Problem withFacts(Map<String, Object> more) {
        Map<String, Object> all = new LinkedHashMap<>(facts);
        all.putAll(more);
        return new Problem(type, title, status, detail, instance, field, rule, violations, all);
    }

    /** The same problem under a title of its own. */
    public Problem titled(String newTitle) {
        return new Problem(type, newTitle, status, detail, instance, field, rule, violations, facts);
    }

    /** The same problem with another detail, which the violation that repeated the old one repeats too. */
    public Problem withDetail(String newDetail) {
        List<Violation> restated = violations.stream()
                .map(v -> v.message().equals(detail) ? new Violation(v.field(), v.rule(), newDetail) : v)
                .toList();
        return new Problem(type, title, status, newDetail, instance, field, rule, restated, facts);
    }

    /**
     * The same problem as answered to one request: its {@code type} resolved against the service's
     * address, and the request it answers.
     *
     * @param origin the scheme, host and port the client reached, e.g. {@code https://offers.example}; null if unknown
     * @param request the path and query of the request; null where it is not to be repeated
     */
    public Problem locatedAt(String origin, String request) {
        String absolute = origin != null && type.startsWith("/") ? origin + type : type;
        return new Problem(absolute, title, status, detail, request, field, rule, violations, facts);
    }

    /** Extra facts a client may act on appear as top-level members, as RFC 9457 extensions. */
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return facts;
    }
}
