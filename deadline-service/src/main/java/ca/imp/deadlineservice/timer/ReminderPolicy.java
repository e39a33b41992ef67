package ca.imp.deadlineservice.timer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.deadlineservice.deadline.Deadlines;

/**
 * When a deadline's timers fire (domain.md, "Deadlines"): a reminder at each lead time of its kind before the
 * due date, at a time of day in the product's zone, and an elapse at the first instant after the
 * due date. Pure, so the plan of any deadline can be worked out and tested on paper.
 *
 * <p>A reminder whose moment had already passed when the deadline was scheduled (a decision
 * recorded late) is not planned: a "7 days left" reminder for a deadline due in 2 days would
 * mislead. Timers that fall due later are never dropped, even if they fire late.
 */
public record ReminderPolicy(LeadDays leadDays, LocalTime timeOfDay, ZoneId zone) {

    /** A timer names the deadline's stream, which its firing is decided on: the offer's, or the inspection's. */
    public List<Timer> timersFor(DeadlineScheduled deadline, Instant scheduledAt) {
        return timersFor(deadline.deadlineId(), Deadlines.streamOf(deadline.offerNumber(), deadline.inspectionId()),
                deadline.kind(), deadline.dueDate(), scheduledAt);
    }

    /**
     * The timers of a deadline of this kind due on {@code dueDate}, as planned at {@code plannedAt} (when scheduled, or
     * moved), with the lead days of its kind in force that day.
     */
    public List<Timer> timersFor(UUID deadlineId, String offerNumber, String kind, LocalDate dueDate, Instant plannedAt) {
        List<Timer> timers = new ArrayList<>();
        for (int days : leadDays(kind, plannedAt.atZone(zone).toLocalDate())) {
            Instant remindAt = remindAt(dueDate, days);
            if (!remindAt.isBefore(plannedAt)) {
                timers.add(Timer.reminder(deadlineId, offerNumber, days, remindAt));
            }
        }
        timers.add(Timer.elapse(deadlineId, offerNumber, elapsesAt(dueDate)));
        return timers;
    }

    /** The lead days of a kind, as reminders planned on {@code plannedOn} use them (and a calendar's alarms too). */
    public List<Integer> leadDays(String kind, LocalDate plannedOn) {
        return leadDays.before(kind, plannedOn);
    }

    public Instant remindAt(DeadlineScheduled deadline, int daysBefore) {
        return remindAt(deadline.dueDate(), daysBefore);
    }

    private Instant remindAt(LocalDate dueDate, int daysBefore) {
        return dueDate.minusDays(daysBefore).atTime(timeOfDay).atZone(zone).toInstant();
    }

    /** The due date is the last day on which the thing can be done; it has passed when the next day starts. */
    public Instant elapsesAt(DeadlineScheduled deadline) {
        return elapsesAt(deadline.dueDate());
    }

    private Instant elapsesAt(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
