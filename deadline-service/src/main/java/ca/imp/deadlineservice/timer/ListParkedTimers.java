package ca.imp.deadlineservice.timer;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.eventstore.paging.Page;

/** The timers whose firing kept failing, the longest parked first, for an operator to fire again once fixed. */
@Singleton
public class ListParkedTimers {
    private final Timers timers;

    ListParkedTimers(Timers timers) {
        this.timers = timers;
    }

    public Uni<Page<Timers.ParkedTimer>> list(int page, int size) {
        return timers.parked(page * size, size).chain(items -> timers.countParked().map(total -> new Page<>(items, page, size, total)));
    }
}
