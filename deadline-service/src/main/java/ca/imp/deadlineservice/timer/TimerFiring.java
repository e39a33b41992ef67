package ca.imp.deadlineservice.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.deadlineservice.deadline.DeadlineCommand;
import ca.imp.deadlineservice.deadline.Deadlines;
import ca.imp.eventstore.observability.SampledGauges;
import ca.imp.eventstore.parking.Failure;
import ca.imp.eventstore.store.CommandOutcome;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.StreamVersionConflict;
import ca.imp.eventstore.store.Transaction;
import ca.imp.eventstore.store.Transactions;
import ca.imp.eventstore.subscription.WokenRounds;

/**
 * Fires the timers that are due. Each timer is claimed, handed to the deadline decider and settled
 * in one transaction of its own: the event it causes ({@code DeadlineReminderDue},
 * {@code DeadlineElapsed}) is recorded, and so published, exactly when the timer is marked done.
 * A timer that fell due while no instance ran fires on the first round after a restart.
 */
@Singleton
public class TimerFiring {
    private static final Logger LOG = Logger.getLogger(TimerFiring.class);
    private static final String ACTOR = Caller.systemActor("deadline-service");
    private static final int STREAM_CONFLICT_RETRIES = 5;
    /** How often firing a timer fails for a reason of its own, in a row, before it is parked. */
    public static final int ATTEMPTS = 3;

    private final Transactions transactions;
    private final Timers timers;
    private final Deadlines deadlines;
    private final Clock clock;
    private final int maxPerRound;
    private final Duration interval;
    private final WokenRounds rounds = new WokenRounds(this::fireDueOrRetryNextRound);
    private final MeterRegistry meters;

    TimerFiring(Transactions transactions, Timers timers, Deadlines deadlines, Clock clock,
                @ConfigProperty(name = "deadline-service.timers.max-per-round", defaultValue = "1000") int maxPerRound,
                @ConfigProperty(name = "deadline-service.timers.interval") Duration interval,
                MeterRegistry meters, SampledGauges gauges) {
        this.transactions = transactions;
        this.timers = timers;
        this.deadlines = deadlines;
        this.clock = clock;
        this.maxPerRound = maxPerRound;
        this.interval = interval;
        this.meters = meters;
        gauges.register("imp.timers.due", null, "Timers due and not fired yet", Tags.empty(),
                () -> timers.countDue(clock.instant()).map(Optional::of));
        gauges.register("imp.timers.parked", null, "Timers whose firing kept failing, waiting for an operator (/ops/parked-timers)",
                Tags.empty(), () -> timers.countParked().map(Optional::of));
        // every series from the start, so a rate over them is defined before the first timer fires
        for (Timer.Kind kind : Timer.Kind.values()) {
            for (Timers.State state : List.of(Timers.State.FIRED, Timers.State.SKIPPED, Timers.State.REJECTED)) {
                fired(kind, state);
            }
        }
    }

    /** A timer settled by firing: FIRED (it caused its event), SKIPPED (nothing left to cause) or REJECTED. */
    private Counter fired(Timer.Kind kind, Timers.State state) {
        return Counter.builder("imp.timers.fired").description("Timers fired, by kind and what became of them")
                .tags("kind", kind.name(), "state", state.name()).register(meters);
    }

    /** The periodic round, for timers that fall due as time passes; it goes through the woken rounds so the two never overlap. */
    @Scheduled(every = "${deadline-service.timers.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void fireDue() {
        rounds.wake();
    }

    /**
     * A timer just planned fires when it is due rather than on the first periodic round after: at once if it is due
     * already, at its time if that comes before the next round; a later one is left to the rounds.
     */
    public void fireWhenDue(Instant fireAt) {
        Duration untilDue = Duration.between(clock.instant(), fireAt);
        if (untilDue.compareTo(interval) <= 0) {
            rounds.wakeAfter(untilDue);
        }
    }

    private Uni<Void> fireDueOrRetryNextRound() {
        return fireDue(maxPerRound)
                .onFailure().invoke(e -> LOG.warnf("timer round stopped, the timer is retried on the next round: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Fires due timers one by one until none is due or {@code limit} fired; returns how many fired. */
    public Uni<Integer> fireDue(int limit) {
        return Multi.createBy().repeating().uni(this::fireNext).until(fired -> !fired).select().first(limit)
                .collect().asList().map(List::size);
    }

    /**
     * Claims the next due timer and fires it. A firing that fails for a reason of its own (not the database or Kafka
     * away) is counted against the timer and the round goes on: the same timer, still first in line, is tried again at
     * once, and the {@value #ATTEMPTS}th failure parks it, so one broken timer never holds back those due after it.
     */
    private Uni<Boolean> fireNext() {
        return transactions.inTransaction(tx -> timers.claimNextDue(tx, clock.instant()).chain(claimed -> claimed.isEmpty()
                        ? Uni.createFrom().item(Optional.<Settled>empty())
                        : fire(tx, claimed.get()).map(Optional::of)))
                // another instance fired a timer of the same offer at the same moment: its claim was rolled back
                // with the transaction, so trying again claims it (or the next due) on the stream as it now is
                .onFailure(StreamVersionConflict.class).retry().atMost(STREAM_CONFLICT_RETRIES)
                // counted once committed, so a round rolled back and retried counts its timer once
                .invoke(settled -> settled.ifPresent(it -> fired(it.kind(), it.state()).increment()))
                .map(Optional::isPresent)
                .onFailure(TimerFailed::ofItsOwn).recoverWithUni(failure -> countFailure((TimerFailed) failure).replaceWith(Boolean.TRUE))
                .onFailure(TimerFailed.class).transform(Throwable::getCause);
    }

    private Uni<Timers.State> countFailure(TimerFailed failed) {
        String reason = Failure.of(failed.getCause()).reason();
        return timers.failed(failed.timer, reason, ATTEMPTS, clock.instant()).invoke(state -> {
            if (state == Timers.State.PARKED) {
                LOG.errorf("timer %s of deadline %s parked after %d attempts; it fires when an operator retries it"
                        + " (/ops/parked-timers): %s", failed.timer.name(), failed.timer.deadlineId(), ATTEMPTS, reason);
            }
        });
    }

    /**
     * Fires a parked timer again, once its cause is fixed: settled as any firing settles it, or left parked with the new
     * reason. Empty if no timer of the deadline by that name is parked.
     */
    public Uni<Optional<ParkedTimerRetry>> retryParked(UUID deadlineId, String name) {
        return transactions.inTransaction(tx -> timers.lockParked(tx, deadlineId, name).chain(parked -> parked.isEmpty()
                        ? Uni.createFrom().item(Optional.<Settled>empty())
                        : fire(tx, parked.get()).map(Optional::of)))
                .map(settled -> settled.map(it -> {
                    fired(it.kind(), it.state()).increment();
                    return new ParkedTimerRetry(deadlineId, name, true, it.state(), null);
                }))
                .onFailure(TimerFailed::ofItsOwn).recoverWithUni(failure -> {
                    TimerFailed failed = (TimerFailed) failure;
                    String reason = Failure.of(failed.getCause()).reason();
                    return timers.failedAgain(failed.timer, reason)
                            .replaceWith(Optional.of(new ParkedTimerRetry(deadlineId, name, false, Timers.State.PARKED, reason)));
                })
                .onFailure(TimerFailed.class).transform(Throwable::getCause);
    }

    /** Hands the timer to the deadline decider and settles it, in the transaction that claimed it. */
    private Uni<Settled> fire(Transaction tx, Timer timer) {
        return deadlines.handle(tx, command(timer), EventMetadata.byActor(ACTOR))
                .map(outcome -> stateAfter(timer, outcome))
                .call(state -> timers.settle(tx, timer, state, clock.instant()))
                .map(state -> new Settled(timer.kind(), state))
                .onFailure(failure -> !(failure instanceof StreamVersionConflict)).transform(failure -> new TimerFailed(timer, failure));
    }

    /** Carries the timer whose firing failed out of its rolled-back transaction. */
    private static final class TimerFailed extends RuntimeException {
        private final transient Timer timer;

        TimerFailed(Timer timer, Throwable cause) {
            super(cause.getMessage(), cause, false, false);
            this.timer = timer;
        }

        static boolean ofItsOwn(Throwable failure) {
            return failure instanceof TimerFailed && !Failure.of(failure.getCause()).isTransient();
        }
    }

    private record Settled(Timer.Kind kind, Timers.State state) {
    }

    private static DeadlineCommand command(Timer timer) {
        return timer.kind() == Timer.Kind.ELAPSE
                ? new DeadlineCommand.ExpireDeadline(timer.offerNumber(), timer.deadlineId(), timer.fireAt())
                : new DeadlineCommand.RemindOfDeadline(timer.offerNumber(), timer.deadlineId(), timer.daysBefore(), timer.fireAt());
    }

    private static Timers.State stateAfter(Timer timer, CommandOutcome<?, ?> outcome) {
        if (outcome instanceof CommandOutcome.Rejected<?, ?> rejected) {
            LOG.errorf("timer %s of deadline %s rejected: %s", timer.name(), timer.deadlineId(), rejected.error().detail());
            return Timers.State.REJECTED;
        }
        return ((CommandOutcome.Applied<?, ?>) outcome).events().isEmpty() ? Timers.State.SKIPPED : Timers.State.FIRED;
    }
}
