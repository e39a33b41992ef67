package ca.imp.deadlineservice.timer;

import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.eventstore.store.DomainRejection;

/** Fires a parked timer again once its cause is fixed; it stays parked, with the new reason, if it fails again. */
@Singleton
public class RetryParkedTimer {
    private final TimerFiring firing;

    RetryParkedTimer(TimerFiring firing) {
        this.firing = firing;
    }

    public Uni<ParkedTimerRetry> retry(UUID deadlineId, String timer) {
        return firing.retryParked(deadlineId, timer).chain(retried -> retried
                .map(it -> Uni.createFrom().item(it))
                .orElseGet(() -> Uni.createFrom().failure(new DomainRejection(new ParkedTimerUnknown(deadlineId, timer)))));
    }
}
