package ca.imp.contract.envelope;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents Kafka protocol binding, binary content mode: the record value is the event data
 * as JSON and the attributes travel as {@code ce_*} headers, so partners can read our topics
 * with any CloudEvents SDK.
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "1.0";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATASCHEMA = "ce_dataschema";
    public static final String SPECVERSION = "ce_specversion";
    public static final String SCHEMA_VERSION = "ce_schemaversion";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    public static final String CONTENT_TYPE = "content-type";
    /**
     * The W3C trace context of the span that published the record (optional; the CloudEvents Kafka binding's
     * distributed tracing headers): the relay writes them, {@link #write} does not.
     */
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private CloudEventHeaders() {
    }

    public static void write(EventEnvelope envelope, Headers headers) {
        put(headers, ID, envelope.id().toString());
        put(headers, TYPE, envelope.type());
        put(headers, SOURCE, envelope.source());
        put(headers, SUBJECT, envelope.subject());
        put(headers, TIME, envelope.time().toString());
        put(headers, SPECVERSION, SPEC_VERSION);
        put(headers, SCHEMA_VERSION, Integer.toString(envelope.schemaVersion()));
        put(headers, CONTENT_TYPE, "application/json");
        if (envelope.dataschema() != null) {
            put(headers, DATASCHEMA, envelope.dataschema());
        }
        if (envelope.correlationId() != null) {
            put(headers, CORRELATION_ID, envelope.correlationId().toString());
        }
        if (envelope.causationId() != null) {
            put(headers, CAUSATION_ID, envelope.causationId().toString());
        }
    }

    /**
     * Reads the envelope of a received record.
     *
     * @throws MalformedEnvelope naming the header that is missing or unreadable, so that the
     *                           record can be dead-lettered with that reason
     */
    public static EventEnvelope read(Headers headers) {
        try {
            return new EventEnvelope(
                    UUID.fromString(required(headers, ID)),
                    required(headers, TYPE),
                    required(headers, SOURCE),
                    required(headers, SUBJECT),
                    Instant.parse(required(headers, TIME)),
                    optional(headers, SCHEMA_VERSION) == null ? 1 : Integer.parseInt(optional(headers, SCHEMA_VERSION)),
                    uuidOrNull(optional(headers, CORRELATION_ID)),
                    uuidOrNull(optional(headers, CAUSATION_ID)),
                    optional(headers, DATASCHEMA));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEnvelope("unreadable CloudEvents header: " + e.getMessage());
        }
    }

    private static UUID uuidOrNull(String value) {
        return value == null ? null : UUID.fromString(value);
    }

    private static String required(Headers headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEnvelope("missing CloudEvents header " + name);
        }
        return value;
    }

    private static String optional(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A record whose envelope cannot be read: not retryable, it goes to the dead-letter topic. */
    public static final class MalformedEnvelope extends RuntimeException {
        public MalformedEnvelope(String message) {
            super(message);
        }
    }
}
