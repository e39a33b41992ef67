package ca.imp.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error this product returns. {@code rule} names
 * the broken rule in a stable, machine-readable way; {@code field} names the input at fault;
 * {@code violations} lists every field at fault when there are several.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String field, String rule,
                      List<Violation> violations, @JsonIgnore Map<String, Object> facts) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:imp:problem:";

    public record Violation(String field, String rule, String message) {
    }

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
        facts = facts == null ? Map.of() : new LinkedHashMap<>(facts);
    }

    public static Problem of(int status, String title, String rule, String detail) {
        return new Problem(TYPE_PREFIX + rule, title, status, detail, null, rule, List.of(), Map.of());
    }

    public static Problem ofField(int status, String title, String field, String rule, String detail) {
        return new Problem(TYPE_PREFIX + rule, title, status, detail, field, rule,
                List.of(new Violation(field, rule, detail)), Map.of());
    }

    public Problem withFacts(Map<String, Object> more) {
        Map<String, Object> all = new LinkedHashMap<>(facts);
        all.putAll(more);
        return new Problem(type, title, status, detail, field, rule, violations, all);
    }

    /** The same problem under a title of its own. */
    public Problem titled(String newTitle) {
        return new Problem(type, newTitle, status, detail, field, rule, violations, facts);
    }

    /** The same problem with another detail, which the violation that repeated the old one repeats too. */
    public Problem withDetail(String newDetail) {
        List<Violation> restated = violations.stream()
                .map(v -> v.message().equals(detail) ? new Violation(v.field(), v.rule(), newDetail) : v)
                .toList();
        return new Problem(type, title, status, newDetail, field, rule, restated, facts);
    }

    /** Extra facts a client may act on appear as top-level members, as RFC 9457 extensions. */
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return facts;
    }
}
