package ca.imp.eventstore.relay;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.contract.envelope.CloudEventType;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.eventstore.observability.TraceParents;
import ca.imp.eventstore.store.RecordedEvent;

/**
 * Publishes stored events to one Kafka topic: key = stream id (the offer number), value = the
 * event data as JSON, CloudEvents attributes as {@code ce_*} headers: the type namespaced by the topic's area and
 * versioned by the data's schema, the deployment's source, and where the data's JSON Schema is served. The idempotent producer
 * with acks=all keeps the order of one key and loses nothing once {@link #publish} returns.
 *
 * <p>An event stored with a trace context is sent in a PRODUCER span, child of that context (the request or consumer
 * span it was appended in), whose context goes as the record's W3C {@code traceparent} header: the publication is a
 * step of the same flow, and the span's length shows how long Kafka took to acknowledge it. An event stored outside
 * any trace is sent without span and header.
 */
public final class KafkaEventPublisher implements EventPublisher, AutoCloseable {
    private final KafkaProducer<String, String> producer;
    private final String topic;
    private final String source;
    private final String area;
    private final String schemaBaseUrl;
    private final Tracer tracer;

    /**
     * @param area          the area that owns the topic ({@code offer}, {@code decision}, {@code deadline})
     * @param schemaBaseUrl the base URL the service serves its events' JSON Schemas under
     */
    public KafkaEventPublisher(String bootstrapServers, String topic, String source, String area, String schemaBaseUrl,
                               Tracer tracer) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        this.topic = topic;
        this.source = source;
        this.area = area;
        this.schemaBaseUrl = schemaBaseUrl;
        this.tracer = tracer;
    }

    @Override
    public void publish(List<RecordedEvent> events) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(events.size());
        for (RecordedEvent event : events) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.streamId(), event.data());
            CloudEventHeaders.write(new EventEnvelope(event.eventId(),
                    CloudEventType.of(area, event.type(), event.schemaVersion()), source, event.streamId(),
                    event.recordedAt(), event.schemaVersion(), event.correlationId(), event.causationId(),
                    CloudEventType.dataschema(schemaBaseUrl, area, event.type(), event.schemaVersion())),
                    record.headers());
            sent.add(send(record, event));
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> acknowledgement : sent) {
                acknowledgement.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not accept an event: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private Future<RecordMetadata> send(ProducerRecord<String, String> record, RecordedEvent event) {
        Context stored = TraceParents.parse(event.traceParent());
        if (!Span.fromContext(stored).getSpanContext().isValid()) {
            return producer.send(record);
        }
        Span span = tracer.spanBuilder(topic + " publish")
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(stored)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.message.id", event.eventId().toString())
                .setAttribute("messaging.kafka.message.key", event.streamId())
                .startSpan();
        TraceParents.inject(stored.with(span), record.headers());
        return producer.send(record, (metadata, failure) -> {
            if (failure != null) {
                span.recordException(failure).setStatus(StatusCode.ERROR);
            }
            span.end();
        });
    }

    @Override
    public void close() {
        producer.close();
    }
}
