package ca.imp.deadlineservice.timer;

import java.util.List;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

import ca.imp.contract.deadline.DeadlineEvent;
import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineMoved;
import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.deadlineservice.DeadlineEvents;
import ca.imp.eventstore.runtime.CatchUpSubscriptions;
import ca.imp.eventstore.store.RecordedEvent;
import ca.imp.eventstore.store.Transaction;
import ca.imp.eventstore.subscription.CatchUpSubscription;

/**
 * Plans the timers of every deadline the log records, plans them again when a deadline moves, and cancels those of
 * deadlines met. It follows
 * the event log, so a deadline scheduled just before a crash still gets its timers after the
 * restart, and the plan can be rebuilt from the log.
 */
@Startup
@Singleton
public class TimerPlanning {
    private final Timers timers;
    private final ReminderPolicy policy;
    private final TimerFiring firing;
    private final CatchUpSubscription subscription;

    TimerPlanning(CatchUpSubscriptions subscriptions, Timers timers, ReminderPolicy policy, TimerFiring firing) {
        this.timers = timers;
        this.policy = policy;
        this.firing = firing;
        this.subscription = subscriptions.eachEvent("deadline-timers", 500, DeadlineEvents.CODEC,
                this::apply);
    }

    @Scheduled(every = "${deadline-service.timers.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void planNew() {
        subscription.wake();
    }

    private Uni<Void> apply(Transaction tx, RecordedEvent recorded, DeadlineEvent event) {
        if (event instanceof DeadlineScheduled scheduled) {
            List<Timer> planned = policy.timersFor(scheduled, recorded.recordedAt());
            // the firing cannot claim a timer before the plan commits
            tx.afterCommit(() -> planned.forEach(timer -> firing.fireWhenDue(timer.fireAt())));
            return timers.plan(tx, planned);
        }
        if (event instanceof DeadlineMoved moved) {
            List<Timer> planned = policy.timersFor(moved.deadlineId(), moved.offerNumber(), moved.kind(), moved.dueDate(),
                    recorded.recordedAt());
            tx.afterCommit(() -> planned.forEach(timer -> firing.fireWhenDue(timer.fireAt())));
            return timers.replan(tx, moved.deadlineId(), planned, recorded.recordedAt());
        }
        if (event instanceof DeadlineMet met) {
            return timers.cancel(tx, met.deadlineId(), recorded.recordedAt());
        }
        return Uni.createFrom().voidItem();
    }
}
