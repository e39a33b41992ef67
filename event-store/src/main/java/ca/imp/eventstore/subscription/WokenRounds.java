package ca.imp.eventstore.subscription;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * Runs a round each time it is woken or, when a woken round is under way, once more after it: woken rounds
 * never overlap in this process, and a burst of wake-ups costs at most one round after the one running.
 * A round is expected to deal with its own failures; one that fails anyway still lets the next run.
 */
public final class WokenRounds {
    private final Supplier<Uni<Void>> round;
    /** Wake-ups not yet answered by a round; 0 when no woken round runs. */
    private final AtomicInteger wakeups = new AtomicInteger();

    public WokenRounds(Supplier<Uni<Void>> round) {
        this.round = round;
    }

    public void wake() {
        if (wakeups.getAndIncrement() == 0) {
            run();
        }
    }

    /**
     * Wakes after {@code delay}, or at once when it is not positive. The JDK's delayed executor rather than Mutiny's timer:
     * the kernel's subscriptions also run outside Quarkus (its tests), where Mutiny's infrastructure is not set up.
     */
    public void wakeAfter(Duration delay) {
        if (delay.isNegative() || delay.isZero()) {
            wake();
        } else {
            CompletableFuture.runAsync(this::wake, CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS));
        }
    }

    private void run() {
        int answered = wakeups.get();
        Uni.createFrom().deferred(round::get).subscribe().with(done -> next(answered), failed -> next(answered));
    }

    private void next(int answered) {
        if (wakeups.addAndGet(-answered) > 0) {
            run();
        }
    }
}
