package ca.imp.deadlineservice.timer;

import java.util.UUID;

import ca.imp.eventstore.decider.DomainError;

/** No timer of this name of this deadline is parked (any more: a retry that fired it settled it). */
public record ParkedTimerUnknown(UUID deadlineId, String timer) implements DomainError.NotFound {

    @Override
    public String rule() {
        return "parked-timer-unknown";
    }

    @Override
    public String detail() {
        return "No timer " + timer + " of deadline " + deadlineId + " is parked; it may have been retried already.";
    }
}
