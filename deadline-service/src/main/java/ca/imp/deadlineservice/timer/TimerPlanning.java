package ca.imp.deadlineservice.timer;

import java.util.List;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.subscription.CatchUpSubscription;

/**
 * Plans the timers of every deadline the log records and cancels those of deadlines met. It follows
 * the event log, so a deadline scheduled just before a crash still gets its timers after the
 * restart, and the plan can be rebuilt from the log.
 */
@Singleton
public class TimerPlanning {
    private static final Logger LOG = Logger.getLogger(TimerPlanning.class);

    private final Timers timers;
    private final ReminderPolicy policy;
    private final EventCodec<DeadlineEvent> codec = EventCodec.of(DeadlineEvent.class);
    private final CatchUpSubscription subscription;

    TimerPlanning(EventStore store, Timers timers, ReminderPolicy policy) {
        this.timers = timers;
        this.policy = policy;
        this.subscription = new CatchUpSubscription(store, "deadline-timers", 500, this::apply);
    }

    @Scheduled(every = "${deadline-service.timers.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> planNew() {
        return catchUp()
                .onFailure().invoke(e -> LOG.warnf("timer planning round failed, retrying from its checkpoint: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Plans the timers of everything recorded so far; returns how many events it read. */
    public Uni<Integer> catchUp() {
        return subscription.catchUp();
    }

    private Uni<Void> apply(SqlConnection tx, List<RecordedEvent> events) {
        Uni<Void> applied = Uni.createFrom().voidItem();
        for (RecordedEvent recorded : events) {
            DeadlineEvent event = codec.decode(recorded);
            if (event instanceof DeadlineScheduled scheduled) {
                applied = applied.chain(() -> timers.plan(tx, policy.timersFor(scheduled, recorded.recordedAt())));
            } else if (event instanceof DeadlineMet met) {
                applied = applied.chain(() -> timers.cancel(tx, met.deadlineId(), recorded.recordedAt()));
            }
        }
        return applied;
    }
}
