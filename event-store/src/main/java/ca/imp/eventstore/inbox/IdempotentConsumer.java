package ca.imp.eventstore.inbox;

import java.time.Duration;

import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.contract.range.OutOfRange;
import ca.imp.eventstore.observability.TraceParents;
import ca.imp.eventstore.parking.Failure;
import ca.imp.eventstore.store.PoolTransactions;
import ca.imp.eventstore.store.Transaction;
import ca.imp.eventstore.store.Transactions;

/**
 * Applies a received event's effect exactly once: at-least-once delivery, plus the effect and the
 * inbox claim committing in one transaction. A failure of the database itself (unreachable,
 * restarting, a dropped connection: {@link Failure#isTransient()}) is retried until it passes,
 * holding the partition where it is; any other failure (a lost race on a stream, a broken rule)
 * is retried a few times, and what still fails, or can never be read, fails the returned Uni so
 * that the messaging layer dead-letters the record and moves on. An event with
 * a value outside its range ({@link OutOfRange}) can never be applied either, and is not retried.
 *
 * <p>A record's handling is a CONSUMER span, child of the trace context its {@code traceparent} header carries (a new
 * trace when it carries none): the events the handling appends carry that span on ({@link IncomingEvent#causedBy}),
 * so the relay publishes them in the same trace. The span's trace id is in the log's MDC as {@code traceId}.
 */
public final class IdempotentConsumer {
    /** The longest wait between two tries while the database is unreachable: how late an outage's end is noticed. */
    private static final Duration OUTAGE_BACK_OFF = Duration.ofSeconds(2);
    private final Transactions transactions;
    private final String consumer;
    private final int attempts;
    private final Tracer tracer;

    /** The effect of one event, inside the transaction that also records it as processed. */
    @FunctionalInterface
    public interface Effect {
        Uni<Void> apply(Transaction tx, IncomingEvent event);
    }

    /** Another delivery of the event took effect while this one ran: this one's effect is rolled back. */
    private static final class ProcessedMeanwhile extends RuntimeException {
        ProcessedMeanwhile() {
            super("processed by a concurrent delivery", null, false, false);
        }
    }

    public IdempotentConsumer(Pool pool, String consumer, int attempts, Tracer tracer) {
        this.transactions = new PoolTransactions(pool);
        this.consumer = consumer;
        this.attempts = attempts;
        this.tracer = tracer;
    }

    /** The inbox name, e.g. {@code offer-service/decisions}. */
    public String name() {
        return consumer;
    }

    public Uni<Void> consume(ConsumerRecord<String, String> record, Effect effect) {
        return traced(record, event -> consume(event, effect));
    }

    /** Applies the effect routed to the record's event type; a type with no route is passed over. */
    public Uni<Void> consume(ConsumerRecord<String, String> record, EventRoutes routes) {
        return traced(record, event -> routes.effectFor(event.type())
                .map(effect -> consume(event, effect))
                .orElseGet(() -> Uni.createFrom().voidItem()));
    }

    private Uni<Void> traced(ConsumerRecord<String, String> record, Function<IncomingEvent, Uni<Void>> handling) {
        return Uni.createFrom().deferred(() -> {
            Span span = tracer.spanBuilder(record.topic() + " process")
                    .setSpanKind(SpanKind.CONSUMER)
                    .setParent(TraceParents.extract(record.headers()))
                    .setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.operation.type", "process")
                    .setAttribute("messaging.destination.name", record.topic())
                    .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                    .setAttribute("messaging.kafka.offset", record.offset())
                    .setAttribute("imp.inbox", consumer)
                    .startSpan();
            if (span.getSpanContext().isValid()) {
                MDC.put(TraceParents.MDC_KEY, span.getSpanContext().getTraceId());
            }
            return received(record, TraceParents.of(span.getSpanContext())).chain(handling::apply)
                    .onFailure().invoke(failure -> span.recordException(failure).setStatus(StatusCode.ERROR))
                    .onTermination().invoke(span::end);
        });
    }

    private static Uni<IncomingEvent> received(ConsumerRecord<String, String> record, String traceParent) {
        try {
            EventEnvelope envelope = CloudEventHeaders.read(record.headers());
            return Uni.createFrom().item(new IncomingEvent(envelope, record.value(), traceParent));
        } catch (CloudEventHeaders.MalformedEnvelope e) {
            return Uni.createFrom().failure(new UnreadableEvent(e.getMessage()));
        }
    }

    public Uni<Void> consume(IncomingEvent event, Effect effect) {
        // The effect runs before the inbox claim, so that its append is the transaction's first write and never
        // refused as out of order (what is, is retried at once in a new transaction, apart from the event's attempts).
        // A duplicate delivered at the same moment finds the claim taken once the first commits: its effect is rolled
        // back, and it is done.
        return transactions.inTransaction(tx -> Inbox.processed(tx.connection(), consumer, event.envelope().id())
                        .chain(processed -> processed ? Uni.createFrom().voidItem() : effect.apply(tx, event)
                                .chain(() -> Inbox.claim(tx.connection(), consumer, event.envelope().id()))
                                .chain(first -> first ? Uni.createFrom().voidItem() : Uni.createFrom().failure(new ProcessedMeanwhile()))))
                .onFailure(ProcessedMeanwhile.class).recoverWithNull()
                // the database restarting or unreachable says nothing about the event: wait for it, however long,
                // rather than dead-letter an event that every later one would have been applied after
                .onFailure(failure -> Failure.of(failure).isTransient())
                .retry().withBackOff(Duration.ofMillis(50), OUTAGE_BACK_OFF).indefinitely()
                .onFailure(failure -> !(failure instanceof UnreadableEvent || failure instanceof OutOfRange))
                .retry().withBackOff(Duration.ofMillis(50), Duration.ofSeconds(1)).atMost(attempts - 1L);
    }
}
