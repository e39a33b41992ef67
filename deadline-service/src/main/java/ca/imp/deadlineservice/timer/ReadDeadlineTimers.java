package ca.imp.deadlineservice.timer;

import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.deadlineservice.deadline.ReadDeadline;
import ca.imp.eventstore.paging.Page;

/** When a deadline's reminders and elapse fire, and which already did, if the caller may see the deadline. */
@Singleton
public class ReadDeadlineTimers {
    private final ReadDeadline readDeadline;
    private final Timers timers;

    ReadDeadlineTimers(ReadDeadline readDeadline, Timers timers) {
        this.readDeadline = readDeadline;
        this.timers = timers;
    }

    public Uni<Page<Timers.PlannedTimer>> read(Caller caller, UUID deadlineId, int page, int size) {
        return readDeadline.read(caller, deadlineId).chain(visible -> timers.of(deadlineId))
                .map(planned -> Page.of(planned, page, size));
    }
}
