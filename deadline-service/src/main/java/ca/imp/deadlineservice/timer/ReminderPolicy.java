package ca.imp.deadlineservice.timer;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import ca.imp.contract.deadline.DeadlineScheduled;

/**
 * When a deadline's timers fire (domain.md, "Deadlines"): a reminder at each lead time before the
 * due date, at a time of day in the product's zone, and an elapse at the first instant after the
 * due date. Pure, so the plan of any deadline can be worked out and tested on paper.
 *
 * <p>A reminder whose moment had already passed when the deadline was scheduled (a decision
 * recorded late) is not planned: a "7 days left" reminder for a deadline due in 2 days would
 * mislead. Timers that fall due later are never dropped, even if they fire late.
 */
public record ReminderPolicy(List<Integer> leadDays, LocalTime timeOfDay, ZoneId zone) {

    public ReminderPolicy {
        leadDays = List.copyOf(leadDays);
        if (leadDays.stream().anyMatch(days -> days < 1)) {
            throw new IllegalArgumentException("reminder lead times are whole days before the due date, 1 or more: " + leadDays);
        }
    }

    public List<Timer> timersFor(DeadlineScheduled deadline, Instant scheduledAt) {
        List<Timer> timers = new ArrayList<>();
        for (int days : leadDays) {
            Instant remindAt = remindAt(deadline, days);
            if (!remindAt.isBefore(scheduledAt)) {
                timers.add(Timer.reminder(deadline.deadlineId(), deadline.offerNumber(), days, remindAt));
            }
        }
        timers.add(Timer.elapse(deadline.deadlineId(), deadline.offerNumber(), elapsesAt(deadline)));
        return timers;
    }

    public Instant remindAt(DeadlineScheduled deadline, int daysBefore) {
        return deadline.dueDate().minusDays(daysBefore).atTime(timeOfDay).atZone(zone).toInstant();
    }

    /** The due date is the last day on which the thing can be done; it has passed when the next day starts. */
    public Instant elapsesAt(DeadlineScheduled deadline) {
        return deadline.dueDate().plusDays(1).atStartOfDay(zone).toInstant();
    }
}
