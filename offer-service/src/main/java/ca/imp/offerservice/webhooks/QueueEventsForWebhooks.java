package ca.imp.offerservice.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;


import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.contract.deadline.DeadlineElapsed;
import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineMoved;
import ca.imp.contract.deadline.DeadlineReminderDue;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.contract.envelope.CloudEventType;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.eventstore.inbox.IncomingEvent;
import ca.imp.eventstore.runtime.CatchUpSubscriptions;
import ca.imp.eventstore.runtime.EventStoreConfig;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.store.Transaction;
import ca.imp.eventstore.subscription.CatchUpSubscription;

/**
 * Queues a delivery of every event that concerns an employer for each of its subscriptions that asked for the event's
 * type, from the three topics: offer-service's own events (offers and inspections) by a catch-up subscription of its
 * log ({@code webhooks}), as the relay publishes them to imp.offers; those of imp.decisions and imp.deadlines in the
 * transaction in which their consumers (decisions/, deadlines/) apply them and claim them in their inboxes. A delivery
 * is unique per subscription and event, so a replayed checkpoint or a redelivered record queues nothing twice.
 *
 * <p>The employer of an offer's event is the offer's (offer_summary); of an inspection's, the inspection's
 * (inspection_summary); of a decision, its offer's; of a deadline, its offer's, or for an inspection's deadline the
 * employer its DeadlineScheduled named (kept in the table deadline by the same consumer). An event of an offer this
 * service does not know concerns no employer here and is passed over.
 */
@Startup
@Singleton
public class QueueEventsForWebhooks {
    private final WebhookDeliveries deliveries;
    private final Clock clock;
    private final EventStoreConfig config;
    private final CatchUpSubscription ownEvents;

    QueueEventsForWebhooks(WebhookDeliveries deliveries, Clock clock, EventStoreConfig config,
                           CatchUpSubscriptions subscriptions) {
        this.deliveries = deliveries;
        this.clock = clock;
        this.config = config;
        this.ownEvents = subscriptions.eachBatch("webhooks", 500, this::queueOwn);
    }

    @Scheduled(every = "${imp.webhooks.catch-up-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void catchUp() {
        ownEvents.wake();
    }

    /** An event of the log, as the relay publishes it. */
    private Uni<Void> queueOwn(Transaction tx, List<RecordedEvent> events) {
        Uni<Void> queued = Uni.createFrom().voidItem();
        for (RecordedEvent event : events) {
            EventEnvelope envelope = new EventEnvelope(event.eventId(),
                    CloudEventType.of(config.area(), event.type(), event.schemaVersion()), config.source(), event.streamId(),
                    event.recordedAt(), event.schemaVersion(), event.correlationId(), event.causationId(),
                    CloudEventType.dataschema(config.schemaBaseUrl(), config.area(), event.type(), event.schemaVersion()));
            queued = queued.chain(() -> employer(tx, """
                            SELECT business_number FROM offer_summary WHERE offer_number = $1
                            UNION ALL SELECT business_number FROM inspection_summary WHERE inspection_id = $1""", event.streamId())
                    .chain(employer -> employer == null ? Uni.createFrom().voidItem()
                            : deliveries.queue(tx, employer, envelope, event.data(), clock.instant())));
        }
        return queued;
    }

    /** A received event about an offer: for the offer's employer. */
    public Uni<Void> queueForOffer(Transaction tx, IncomingEvent event, String offerNumber) {
        return employer(tx, "SELECT business_number FROM offer_summary WHERE offer_number = $1", offerNumber)
                .chain(employer -> employer == null ? Uni.createFrom().voidItem() : queue(tx, event, employer));
    }

    /** A received event about a deadline: for its offer's employer, or the inspected employer its DeadlineScheduled named. */
    public Uni<Void> queueForDeadline(Transaction tx, IncomingEvent event, DeadlineEvent deadline) {
        if (deadline instanceof DeadlineScheduled scheduled && scheduled.businessNumber() != null) {
            return queue(tx, event, scheduled.businessNumber());
        }
        if (deadline.offerNumber() != null) {
            return queueForOffer(tx, event, deadline.offerNumber());
        }
        return employer(tx, "SELECT business_number FROM deadline WHERE deadline_id = $1", deadlineIdOf(deadline))
                .chain(employer -> employer == null ? Uni.createFrom().voidItem() : queue(tx, event, employer));
    }

    private static UUID deadlineIdOf(DeadlineEvent deadline) {
        if (deadline instanceof DeadlineMoved moved) {
            return moved.deadlineId();
        }
        if (deadline instanceof DeadlineMet met) {
            return met.deadlineId();
        }
        if (deadline instanceof DeadlineReminderDue due) {
            return due.deadlineId();
        }
        if (deadline instanceof DeadlineElapsed elapsed) {
            return elapsed.deadlineId();
        }
        return ((DeadlineScheduled) deadline).deadlineId();
    }

    private Uni<Void> queue(Transaction tx, IncomingEvent event, String businessNumber) {
        return deliveries.queue(tx, businessNumber, event.envelope(), event.data(), clock.instant());
    }

    private static Uni<String> employer(Transaction tx, String sql, Object key) {
        return tx.preparedQuery(sql).execute(Tuple.of(key))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString("business_number"));
    }
}
