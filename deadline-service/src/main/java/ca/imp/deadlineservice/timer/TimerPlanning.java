package ca.imp.deadlineservice.timer;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.runtime.CatchUpSubscriptions;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.store.Transaction;
import ca.imp.eventstore.subscription.CatchUpSubscription;

/**
 * Plans the timers of every deadline the log records and cancels those of deadlines met. It follows
 * the event log, so a deadline scheduled just before a crash still gets its timers after the
 * restart, and the plan can be rebuilt from the log.
 */
@Startup
@Singleton
public class TimerPlanning {
    private final Timers timers;
    private final ReminderPolicy policy;
    private final CatchUpSubscription subscription;

    TimerPlanning(CatchUpSubscriptions subscriptions, Timers timers, ReminderPolicy policy) {
        this.timers = timers;
        this.policy = policy;
        this.subscription = subscriptions.eachEvent("deadline-timers", 500, EventCodec.of(DeadlineEvent.class),
                this::apply);
    }

    @Scheduled(every = "${deadline-service.timers.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void planNew() {
        subscription.wake();
    }

    private Uni<Void> apply(Transaction tx, RecordedEvent recorded, DeadlineEvent event) {
        if (event instanceof DeadlineScheduled scheduled) {
            return timers.plan(tx, policy.timersFor(scheduled, recorded.recordedAt()));
        }
        if (event instanceof DeadlineMet met) {
            return timers.cancel(tx, met.deadlineId(), recorded.recordedAt());
        }
        return Uni.createFrom().voidItem();
    }
}
