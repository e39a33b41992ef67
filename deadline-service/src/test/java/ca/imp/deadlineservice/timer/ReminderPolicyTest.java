package ca.imp.deadlineservice.timer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.imp.contract.deadline.DeadlineScheduled;
import ca.imp.deadline.rules.DeadlineKind;
import ca.imp.deadline.rules.DeadlineRules;

class ReminderPolicyTest {
    private static final UUID DEADLINE = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    /** The lead days as the bundled deadline policy gives them. */
    private static final DeadlineRules RULES = DeadlineRules.load();
    private final ReminderPolicy policy = new ReminderPolicy(
            (kind, plannedOn) -> RULES.reminderLeadDays(DeadlineKind.valueOf(kind), plannedOn), LocalTime.of(9, 0),
            ZoneId.of("America/Toronto"));

    private static DeadlineScheduled due(String date) {
        return new DeadlineScheduled(DEADLINE, "A1111111", "A1111111-1", "JUDICIAL_REVIEW_LEAVE", LocalDate.parse(date).minusDays(15),
                LocalDate.parse(date), "basis", "source", List.of(), UUID.randomUUID(), null);
    }

    private static DeadlineScheduled permitExpiring(String date) {
        return new DeadlineScheduled(DEADLINE, "A1111111", "A1111111-1", "WORK_PERMIT_EXPIRY", LocalDate.parse(date),
                LocalDate.parse(date), "basis", "source", List.of(), UUID.randomUUID(), null);
    }

    private static List<Instant> fireTimes(List<Timer> timers) {
        return timers.stream().map(Timer::fireAt).toList();
    }

    @Test
    void reminders_fire_7_3_and_1_days_before_at_9_in_toronto_and_the_elapse_when_the_next_day_starts() {
        List<Timer> timers = policy.timersFor(due("2026-07-02"), Instant.parse("2026-06-16T12:00:00Z"));

        assertEquals(List.of(Instant.parse("2026-06-25T13:00:00Z"), Instant.parse("2026-06-29T13:00:00Z"),
                Instant.parse("2026-07-01T13:00:00Z"), Instant.parse("2026-07-03T04:00:00Z")), fireTimes(timers),
                "09:00 EDT is 13:00 UTC; midnight EDT is 04:00 UTC");
        assertEquals(List.of("REMINDER_7D", "REMINDER_3D", "REMINDER_1D", "ELAPSE"), timers.stream().map(Timer::name).toList());
    }

    @Test
    void in_winter_9_in_toronto_is_14_utc() {
        List<Timer> timers = policy.timersFor(due("2026-01-15"), Instant.parse("2025-12-01T12:00:00Z"));

        assertEquals(Instant.parse("2026-01-14T14:00:00Z"), timers.get(2).fireAt());
        assertEquals(Instant.parse("2026-01-16T05:00:00Z"), timers.get(3).fireAt());
    }

    @Test
    void a_reminder_on_the_day_clocks_spring_forward_is_still_at_9_local_time() {
        // 2026-03-08 is the second Sunday of March: EST becomes EDT at 02:00
        List<Timer> timers = policy.timersFor(due("2026-03-15"), Instant.parse("2026-02-20T12:00:00Z"));

        assertEquals(Instant.parse("2026-03-08T13:00:00Z"), timers.get(0).fireAt());
    }

    @Test
    void a_reminder_already_past_when_the_deadline_is_scheduled_is_not_planned_but_the_elapse_always_is() {
        List<Timer> timers = policy.timersFor(due("2026-07-02"), Instant.parse("2026-06-30T12:00:00Z"));

        assertEquals(List.of("REMINDER_1D", "ELAPSE"), timers.stream().map(Timer::name).toList());
        assertEquals(List.of("ELAPSE"), policy.timersFor(due("2026-07-02"), Instant.parse("2026-11-21T12:00:00Z"))
                .stream().map(Timer::name).toList());
    }

    @Test
    void a_permits_expiry_is_reminded_120_90_60_and_30_days_before_at_9_in_toronto() {
        List<Timer> timers = policy.timersFor(permitExpiring("2027-07-01"), Instant.parse("2026-06-16T12:00:00Z"));

        assertEquals(List.of("REMINDER_120D", "REMINDER_90D", "REMINDER_60D", "REMINDER_30D", "ELAPSE"),
                timers.stream().map(Timer::name).toList());
        assertEquals(List.of(Instant.parse("2027-03-03T14:00:00Z"), Instant.parse("2027-04-02T13:00:00Z"),
                Instant.parse("2027-05-02T13:00:00Z"), Instant.parse("2027-06-01T13:00:00Z"),
                Instant.parse("2027-07-02T04:00:00Z")), fireTimes(timers),
                "2027-03-03 is before the clocks spring forward (EST, 14:00 UTC); the others are in EDT (13:00 UTC)");
    }

    @Test
    void a_permit_expiring_in_less_than_120_days_gets_only_the_reminders_still_ahead() {
        List<Timer> timers = policy.timersFor(permitExpiring("2027-07-01"), Instant.parse("2027-04-15T12:00:00Z"));

        assertEquals(List.of("REMINDER_60D", "REMINDER_30D", "ELAPSE"), timers.stream().map(Timer::name).toList());
    }

    @Test
    void a_moved_deadline_is_planned_with_the_lead_days_of_its_kind() {
        List<Timer> timers = policy.timersFor(DEADLINE, "A1111111", "WORK_PERMIT_EXPIRY", LocalDate.parse("2027-07-01"),
                Instant.parse("2027-05-15T12:00:00Z"));

        assertEquals(List.of("REMINDER_30D", "ELAPSE"), timers.stream().map(Timer::name).toList());
    }
}
