package ca.imp.contract.envelope;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one mapping between an event's name in the contract (the record's simple name, e.g.
 * {@code DecisionRendered}) and its published CloudEvents type, namespaced by the area that owns the topic
 * and versioned by the data's schema, e.g. {@code ca.imp.decision.DecisionRendered.v1}. Records published
 * before the namespace carry the bare name, and remain readable.
 */
public final class CloudEventType {
    private static final String NAMESPACE = "ca.imp.";
    private static final Pattern NAMESPACED = Pattern.compile("ca\\.imp\\.[a-z]+\\.([A-Za-z0-9]+)\\.v[0-9]+");

    private CloudEventType() {
    }

    /** The published type of an event of the given area ({@code offer}, {@code decision}, {@code deadline}). */
    public static String of(String area, String eventType, int schemaVersion) {
        return NAMESPACE + area + "." + eventType + ".v" + schemaVersion;
    }

    /** The event's name in the contract, from a namespaced type or a bare one. */
    public static String eventType(String ceType) {
        Matcher namespaced = NAMESPACED.matcher(ceType);
        return namespaced.matches() ? namespaced.group(1) : ceType;
    }

    /** Where the JSON Schema of the event's data is served, under a service's base URL. */
    public static String dataschema(String schemaBaseUrl, String area, String eventType, int schemaVersion) {
        String base = schemaBaseUrl.endsWith("/") ? schemaBaseUrl.substring(0, schemaBaseUrl.length() - 1) : schemaBaseUrl;
        return base + "/events/schemas/" + area + "/" + eventType + ".v" + schemaVersion + ".json";
    }
}
