package ca.imp.deadlineservice.timer;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.deadlineservice.deadline.ReadDeadline;

/** When a deadline's reminders and elapse fire, and which already did, if the caller may see the deadline. */
@Singleton
public class ReadDeadlineTimers {
    private final ReadDeadline readDeadline;
    private final Timers timers;

    ReadDeadlineTimers(ReadDeadline readDeadline, Timers timers) {
        this.readDeadline = readDeadline;
        this.timers = timers;
    }

    public Uni<List<Timers.PlannedTimer>> read(Caller caller, UUID deadlineId) {
        return readDeadline.read(caller, deadlineId).chain(visible -> timers.of(deadlineId));
    }
}
