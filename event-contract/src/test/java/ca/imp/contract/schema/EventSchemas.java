package ca.imp.contract.schema;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import ca.imp.contract.deadline.DeadlineElapsed;
import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineMoved;
import ca.imp.contract.deadline.DeadlinePolicy;
import ca.imp.contract.deadline.DeadlineReminderDue;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.contract.decision.DecisionEvent;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.inspection.DeterminationRendered;
import ca.imp.contract.inspection.InspectionEvent;
import ca.imp.contract.offer.ComplianceEvidenceRecorded;
import ca.imp.contract.offer.EmploymentChanged;
import ca.imp.contract.offer.OfferEvent;
import ca.imp.contract.offer.OfferInvalidated;
import ca.imp.contract.offer.OfferSubmitted;
import ca.imp.contract.offer.OfferWithdrawn;

/**
 * The JSON Schema (2020-12) of every event type the services publish, derived from its record so
 * that the published files in docs/events/schemas cannot drift from the contract. A maintained
 * generator (victools) is not served to this build, so this reads the record components itself:
 * every component is written by the producer, hence required; a component may be null only where
 * the contract says so: the event's javadoc (listed in {@link #NULLABLE}), or, in the offer's terms,
 * the lack of a not-null constraint. Also builds a sample of each type, which the tests validate
 * against its schema.
 */
final class EventSchemas {
    static final Path DIRECTORY = Path.of("..", "docs", "events", "schemas");
    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Each topic owner's area and its sealed event interfaces; offer-service publishes the inspections. */
    static final Map<String, List<Class<?>>> AREAS = areas();

    /** The components each event's javadoc documents as possibly null (e.g. "or null", "null otherwise"). */
    private static final Map<Class<?>, Set<String>> NULLABLE = Map.ofEntries(
            Map.entry(ComplianceEvidenceRecorded.class, Set.of("note")),
            Map.entry(EmploymentChanged.class, Set.of("wage", "hoursPerWeek", "duties", "location")),
            Map.entry(OfferInvalidated.class, Set.of("permitValidUntil")),
            Map.entry(OfferSubmitted.class, Set.of("replaces", "group", "extendsOffer")),
            Map.entry(OfferWithdrawn.class, Set.of("reason")),
            Map.entry(DeterminationRendered.class, Set.of("ampAmount", "currency", "violations", "banYears")),
            // an inspection's deadline names no offer and no application
            Map.entry(DeadlineScheduled.class, Set.of("offerNumber", "applicationId", "inspectionId", "businessNumber")),
            Map.entry(DeadlineMoved.class, Set.of("offerNumber", "applicationId")),
            Map.entry(DeadlineReminderDue.class, Set.of("offerNumber", "applicationId")),
            Map.entry(DeadlineElapsed.class, Set.of("offerNumber", "applicationId")),
            Map.entry(DeadlineMet.class, Set.of("offerNumber", "note")),
            Map.entry(DeadlinePolicy.class, Set.of("ruleEffectiveFrom")),
            Map.entry(DecisionRendered.class, Set.of("matterArose", "permitValidUntil")));

    /**
     * The schema version each component of a type was added in, where a later version added it; every other component
     * is in every version. A version lists the components added up to it: an addition is the only change a version
     * makes (docs/events/README.md).
     */
    private static final Map<Class<?>, Map<String, Integer>> ADDED_IN = Map.of(
            DeadlineScheduled.class, Map.of("policy", 2));

    /** The current schema version of the types past version 1. */
    private static final Map<Class<?>, Integer> CURRENT = Map.of(DecisionRendered.class, 2, DeadlineScheduled.class, 2);

    private EventSchemas() {
    }

    private static Map<String, List<Class<?>>> areas() {
        Map<String, List<Class<?>>> areas = new LinkedHashMap<>();
        areas.put("offer", List.of(OfferEvent.class, InspectionEvent.class));
        areas.put("decision", List.of(DecisionEvent.class));
        areas.put("deadline", List.of(DeadlineEvent.class));
        return areas;
    }

    record EventType(String area, Class<?> type, int schemaVersion) {
        String file() {
            return area + "/" + type.getSimpleName() + ".v" + schemaVersion + ".json";
        }
    }

    /** Every published event type in every schema version a consumer may still receive. */
    static List<EventType> all() {
        List<EventType> types = new ArrayList<>();
        AREAS.forEach((area, interfaces) -> interfaces.forEach(sealed -> {
            for (Class<?> type : sealed.getPermittedSubclasses()) {
                int current = CURRENT.getOrDefault(type, 1);
                for (int version = 1; version <= current; version++) {
                    types.add(new EventType(area, type, version));
                }
            }
        }));
        return types;
    }

    static ObjectNode schema(EventType event) {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", event.type().getSimpleName() + ".v" + event.schemaVersion() + ".json");
        schema.put("title", event.type().getSimpleName() + " v" + event.schemaVersion());
        schema.setAll(object(event.type()));
        ADDED_IN.getOrDefault(event.type(), Map.of()).forEach((component, version) -> {
            if (event.schemaVersion() < version) {
                ((ObjectNode) schema.get("properties")).remove(component);
                ArrayNode required = (ArrayNode) schema.get("required");
                for (int i = required.size() - 1; i >= 0; i--) {
                    if (required.get(i).asText().equals(component)) {
                        required.remove(i);
                    }
                }
            }
        });
        if (event.type() == DecisionRendered.class && event.schemaVersion() == 1) {
            // version 1 is the data DecisionRendered.fromVersion1 reads: before invalidatesOffer and the fields the record
            // defaults when absent, so only what the record refuses to be without is required
            schema.put("description", "Version 1, from before invalidatesOffer: consumers derive it (DecisionRendered.fromVersion1).");
            ArrayNode required = schema.putArray("required");
            refusedNull(event.type()).forEach(required::add);
        }
        return schema;
    }

    private static ObjectNode object(Class<?> record) {
        ObjectNode schema = JSON.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (RecordComponent component : record.getRecordComponents()) {
            properties.set(component.getName(), type(component.getGenericType(), nullable(record, component)));
            required.add(component.getName());
        }
        return schema;
    }

    private static ObjectNode type(Type type, boolean nullable) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        ObjectNode schema = JSON.objectNode();
        if (raw.isEnum()) {
            ArrayNode values = schema.put("type", "string").putArray("enum");
            Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).forEach(values::add);
            if (nullable) {
                schema.putArray("type").add("string").add("null");
                values.addNull();
            }
            return schema;
        }
        if (raw.isRecord()) {
            schema = object(raw);
        } else if (Collection.class.isAssignableFrom(raw)) {
            schema.put("type", "array").set("items", type(((ParameterizedType) type).getActualTypeArguments()[0], false));
            if (Set.class.isAssignableFrom(raw)) {
                schema.put("uniqueItems", true);
            }
        } else {
            schema.put("type", jsonType(raw));
            String format = format(raw);
            if (format != null) {
                schema.put("format", format);
            }
        }
        if (nullable) {
            String single = schema.get("type").asText();
            schema.putArray("type").add(single).add("null");
        }
        return schema;
    }

    private static String jsonType(Class<?> raw) {
        if (raw == String.class || raw == UUID.class || raw == LocalDate.class || raw == Instant.class) {
            return "string";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return "integer";
        }
        if (raw == BigDecimal.class) {
            return "number";
        }
        throw new IllegalArgumentException("no JSON Schema type for " + raw);
    }

    private static String format(Class<?> raw) {
        if (raw == UUID.class) {
            return "uuid";
        }
        if (raw == LocalDate.class) {
            return "date";
        }
        return raw == Instant.class ? "date-time" : null;
    }

    private static boolean nullable(Class<?> record, RecordComponent component) {
        if (component.getType().isPrimitive()) {
            return false;
        }
        boolean constrained = Arrays.stream(record.getRecordComponents()).anyMatch(EventSchemas::notNull);
        return constrained ? !notNull(component) : NULLABLE.getOrDefault(record, Set.of()).contains(component.getName());
    }

    private static boolean notNull(RecordComponent component) {
        return component.getAccessor().isAnnotationPresent(NotNull.class)
                || component.getAccessor().isAnnotationPresent(NotBlank.class);
    }

    /**
     * The components the record refuses a null for (a NullPointerException from its constructor): what data of an
     * older schema version must still carry. A null refused only together with another component (an
     * IllegalArgumentException) is a rule between fields, which this schema does not state.
     */
    private static List<String> refusedNull(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType().isPrimitive()) {
                continue;
            }
            Object[] values = sampleValues(record);
            values[i] = null;
            try {
                canonical(record).newInstance(values);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof NullPointerException) {
                    refused.add(components[i].getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return refused;
    }

    /** An instance of the event type with every field set. */
    static Object sample(Class<?> record) {
        try {
            return canonical(record).newInstance(sampleValues(record));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object[] sampleValues(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(c -> sampleValue(c.getGenericType())).toArray();
    }

    private static Object sampleValue(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw.isRecord()) {
            return sample(raw);
        }
        if (List.class.isAssignableFrom(raw)) {
            return List.of(sampleValue(((ParameterizedType) type).getActualTypeArguments()[0]));
        }
        if (Set.class.isAssignableFrom(raw)) {
            return Set.of(sampleValue(((ParameterizedType) type).getActualTypeArguments()[0]));
        }
        return Map.<Class<?>, Object>of(String.class, "A1234567", UUID.class, UUID.fromString("00000000-0000-0000-0000-0000000000d1"),
                LocalDate.class, LocalDate.parse("2026-06-16"), Instant.class, Instant.parse("2026-06-16T14:00:00Z"),
                boolean.class, true, int.class, 1, Integer.class, 1, long.class, 1L, BigDecimal.class, new BigDecimal("230.00"))
                .get(raw);
    }

    private static Constructor<?> canonical(Class<?> record) throws NoSuchMethodException {
        Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return record.getDeclaredConstructor(types);
    }
}
