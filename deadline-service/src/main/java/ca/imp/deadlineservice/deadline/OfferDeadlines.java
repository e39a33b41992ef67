package ca.imp.deadlineservice.deadline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import ca.imp.contract.deadline.DeadlineElapsed;
import ca.imp.contract.deadline.DeadlineMet;
import ca.imp.contract.deadline.DeadlineMoved;
import ca.imp.contract.deadline.DeadlineReminderDue;
import ca.imp.contract.deadline.DeadlineScheduled;

/**
 * Every deadline running for one offer's applications, in the order they were scheduled, those
 * met, and the timers that already fired (a reminder "deadline/days-before", an elapse "deadline").
 */
public record OfferDeadlines(List<DeadlineScheduled> deadlines, Map<UUID, DeadlineMet> met, Set<String> fired) {

    public static final OfferDeadlines NONE = new OfferDeadlines(List.of(), Map.of(), Set.of());

    static String reminder(UUID deadlineId, int daysBefore) {
        return deadlineId + "/" + daysBefore;
    }

    static String elapse(UUID deadlineId) {
        return deadlineId.toString();
    }

    /** The kinds of deadline already scheduled for one application. */
    public Set<String> kindsScheduledFor(String applicationId) {
        return deadlines.stream().filter(d -> applicationId.equals(d.applicationId())).map(DeadlineScheduled::kind)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The applications with a deadline here, in the order their first deadline was scheduled. */
    public List<String> applications() {
        return deadlines.stream().map(DeadlineScheduled::applicationId).filter(Objects::nonNull).distinct().toList();
    }

    public Optional<DeadlineScheduled> deadline(UUID deadlineId) {
        return deadlines.stream().filter(d -> d.deadlineId().equals(deadlineId)).findFirst();
    }

    OfferDeadlines with(DeadlineScheduled scheduled) {
        List<DeadlineScheduled> all = new ArrayList<>(deadlines);
        all.add(scheduled);
        return new OfferDeadlines(List.copyOf(all), met, fired);
    }

    /**
     * The deadline as it now stands, in its place; what caused it first stays its cause, and the policy that first
     * counted it its policy (a move does not record one). It runs anew to its new due date, so the reminders and the
     * elapse of the old one no longer count (a rights information overdue on the planned first day runs to the real one).
     */
    OfferDeadlines with(DeadlineMoved moved) {
        List<DeadlineScheduled> all = deadlines.stream().map(d -> d.deadlineId().equals(moved.deadlineId())
                ? new DeadlineScheduled(d.deadlineId(), d.offerNumber(), d.applicationId(), d.kind(), moved.startDate(),
                        moved.dueDate(), moved.basis(), moved.source(), moved.warnings(), d.causeEventId(), false, d.policy())
                : d).toList();
        String elapse = elapse(moved.deadlineId());
        Set<String> stillFired = fired.stream().filter(timer -> !timer.equals(elapse) && !timer.startsWith(elapse + "/"))
                .collect(Collectors.toUnmodifiableSet());
        return new OfferDeadlines(all, met, stillFired);
    }

    OfferDeadlines with(DeadlineMet done) {
        Map<UUID, DeadlineMet> all = new HashMap<>(met);
        all.put(done.deadlineId(), done);
        return new OfferDeadlines(deadlines, Map.copyOf(all), fired);
    }

    OfferDeadlines with(DeadlineReminderDue reminder) {
        return withFired(reminder(reminder.deadlineId(), reminder.daysBefore()));
    }

    OfferDeadlines with(DeadlineElapsed elapsed) {
        return withFired(elapse(elapsed.deadlineId()));
    }

    private OfferDeadlines withFired(String timer) {
        Set<String> all = new HashSet<>(fired);
        all.add(timer);
        return new OfferDeadlines(deadlines, met, Set.copyOf(all));
    }
}
