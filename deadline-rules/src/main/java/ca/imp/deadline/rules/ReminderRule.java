package ca.imp.deadline.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * How many days before a deadline of one kind its reminders come, as the policy defines it.
 *
 * @param kind          the kind it is for; null for the default, which serves every kind that names none
 * @param leadDays      whole days before the due date, each 1 or more, each once, earliest first
 * @param effectiveFrom applies to reminders planned on or after this day (null: always)
 * @param effectiveTo   applies to reminders planned on or before this day (null: always)
 */
record ReminderRule(DeadlineKind kind, List<Integer> leadDays, LocalDate effectiveFrom, LocalDate effectiveTo,
                    String source) {

    ReminderRule {
        String which = kind == null ? "the default reminders" : "the reminders of " + kind;
        if (leadDays == null || leadDays.isEmpty()) {
            throw new IllegalArgumentException(which + " give no lead days");
        }
        leadDays = List.copyOf(leadDays);
        for (int i = 0; i < leadDays.size(); i++) {
            if (leadDays.get(i) < 1) {
                throw new IllegalArgumentException(which + " must come 1 day or more before the due date: " + leadDays);
            }
            if (i > 0 && leadDays.get(i) >= leadDays.get(i - 1)) {
                throw new IllegalArgumentException(which + " must list each lead day once, earliest reminder first: " + leadDays);
            }
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(which + " have no source");
        }
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(which + " end before they start");
        }
    }

    boolean inEffectOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom)) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    boolean overlapsInTime(ReminderRule other) {
        LocalDate thisFrom = effectiveFrom == null ? LocalDate.MIN : effectiveFrom;
        LocalDate thisTo = effectiveTo == null ? LocalDate.MAX : effectiveTo;
        LocalDate otherFrom = other.effectiveFrom == null ? LocalDate.MIN : other.effectiveFrom;
        LocalDate otherTo = other.effectiveTo == null ? LocalDate.MAX : other.effectiveTo;
        return !thisFrom.isAfter(otherTo) && !otherFrom.isAfter(thisTo);
    }
}
