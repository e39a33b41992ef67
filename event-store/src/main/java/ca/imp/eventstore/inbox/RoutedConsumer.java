package ca.imp.eventstore.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.eventstore.observability.TraceParents;
import ca.imp.eventstore.parking.DeadLetters;
import ca.imp.eventstore.parking.Failure;
import ca.imp.eventstore.parking.RetryOutcome;

/**
 * A service's consumer of one topic: its idempotent consumer and the effects of the event types it
 * cares about. A record that still fails is recorded in the service's dead letters before the
 * messaging layer sends it to the dead-letter topic, so operators can list it and, after a fix,
 * apply it again through the same inbox, which keeps it exactly-once.
 */
public final class RoutedConsumer {
    private static final Logger LOG = Logger.getLogger(RoutedConsumer.class);

    private final Pool pool;
    private final IdempotentConsumer consumer;
    private final EventRoutes routes;

    public RoutedConsumer(Pool pool, IdempotentConsumer consumer, EventRoutes routes) {
        this.pool = pool;
        this.consumer = consumer;
        this.routes = routes;
    }

    /** The inbox name, e.g. {@code offer-service/decisions}. */
    public String name() {
        return consumer.name();
    }

    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.consume(record, routes).onFailure().call(failure -> {
            Failure why = Failure.of(failure);
            LOG.errorf("%s: dead-lettered the record at %s-%d@%d: %s", name(), record.topic(), record.partition(),
                    record.offset(), why.reason());
            return DeadLetters.record(pool, name(), record, why)
                    .onFailure().invoke(unrecorded -> LOG.errorf("%s: the dead letter could not be recorded, only the"
                            + " dead-letter topic holds it: %s", name(), unrecorded.getMessage()))
                    .onFailure().recoverWithNull();
        });
    }

    /** Applies a dead letter again; it is released once it takes effect (or had already), else kept with the new reason. */
    public Uni<RetryOutcome> retry(DeadLetters.Delivery delivery) {
        long id = delivery.letter().id();
        return Uni.createFrom().deferred(() -> {
                    // the retry's appends join the trace the record came in with
                    IncomingEvent event = new IncomingEvent(CloudEventHeaders.read(delivery.headers()), delivery.value(),
                            TraceParents.of(Span.fromContext(TraceParents.extract(delivery.headers())).getSpanContext()));
                    return routes.effectFor(event.type())
                            .map(effect -> consumer.consume(event, effect))
                            .orElseGet(() -> Uni.createFrom().voidItem());
                })
                .chain(() -> DeadLetters.release(pool, id))
                .replaceWith(RetryOutcome.applied(id))
                .onFailure().recoverWithUni(failure -> {
                    Failure why = Failure.of(failure);
                    return DeadLetters.failedAgain(pool, id, why).replaceWith(RetryOutcome.failedAgain(id, why));
                });
    }
}
