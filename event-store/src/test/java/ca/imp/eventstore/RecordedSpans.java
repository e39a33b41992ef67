package ca.imp.eventstore;

import java.util.List;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/** A real OpenTelemetry SDK tracer whose ended spans are kept in memory, for the tests that look at traces. */
final class RecordedSpans {
    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    final Tracer tracer = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()
            .get("kernel-tests");

    List<SpanData> ended() {
        return exporter.getFinishedSpanItems();
    }
}
