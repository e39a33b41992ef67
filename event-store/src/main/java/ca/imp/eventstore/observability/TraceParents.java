package ca.imp.eventstore.observability;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;

import ca.imp.contract.envelope.CloudEventHeaders;

/**
 * The W3C trace context as the kernel carries it: stored with appended events as a {@code traceparent} string, and
 * sent as the {@code traceparent} (and {@code tracestate}) headers of Kafka records. Always W3C, whatever propagators
 * the service configures for HTTP, because the header is part of the published contract.
 */
public final class TraceParents {
    public static final String HEADER = CloudEventHeaders.TRACEPARENT;
    /** The log's MDC key of the trace id, the one Quarkus uses for a request's span. */
    public static final String MDC_KEY = "traceId";
    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Headers> KAFKA_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return () -> StreamSupport.stream(headers.spliterator(), false).map(Header::key).iterator();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceParents() {
    }

    /** The traceparent of the span active on this thread or Vert.x context, or null outside any (sampled or not) trace. */
    public static String current() {
        return of(Span.current().getSpanContext());
    }

    /** The traceparent naming a span, or null for an invalid (no-op) one. */
    public static String of(SpanContext span) {
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** The context a stored traceparent names, as a remote parent; the root context when there is none or it is malformed. */
    public static Context parse(String traceParent) {
        return traceParent == null ? Context.root() : W3C.extract(Context.root(), Map.of(HEADER, traceParent), MAP);
    }

    /** The context a received record's headers carry; the root context when they carry none. */
    public static Context extract(Headers headers) {
        return W3C.extract(Context.root(), headers, KAFKA_HEADERS);
    }

    /** Writes the context's {@code traceparent} (and {@code tracestate}, if any) into a record's headers. */
    public static void inject(Context context, Headers headers) {
        W3C.inject(context, headers, (carrier, key, value) -> {
            carrier.remove(key);
            carrier.add(key, value.getBytes(StandardCharsets.UTF_8));
        });
    }
}
