package ca.imp.deadlineservice.timer;

import java.time.Instant;
import java.util.UUID;

/**
 * A moment at which something must happen to a deadline: a reminder some days before it is due,
 * or its elapse once the due date has passed.
 *
 * @param offerNumber the stream the deadline is decided on: its offer's number, or its inspection's id
 * @param daysBefore how many days before the due date a reminder is; 0 for the elapse
 */
public record Timer(UUID deadlineId, String offerNumber, Kind kind, int daysBefore, Instant fireAt) {

    public enum Kind { REMINDER, ELAPSE }

    static Timer reminder(UUID deadlineId, String offerNumber, int daysBefore, Instant fireAt) {
        return new Timer(deadlineId, offerNumber, Kind.REMINDER, daysBefore, fireAt);
    }

    static Timer elapse(UUID deadlineId, String offerNumber, Instant fireAt) {
        return new Timer(deadlineId, offerNumber, Kind.ELAPSE, 0, fireAt);
    }

    /** Unique per deadline: a deadline has one reminder per lead time and one elapse. */
    public String name() {
        return kind == Kind.ELAPSE ? "ELAPSE" : "REMINDER_" + daysBefore + "D";
    }
}
