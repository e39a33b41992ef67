package ca.imp.deadlineservice.timer;

import java.time.LocalDate;
import java.util.List;

/**
 * How many days before a deadline of a kind its reminders come, for reminders planned on a given day: policy data per
 * deadline kind (the deadline rules), never a figure of this service's own.
 */
@FunctionalInterface
public interface LeadDays {
    /** Whole days before the due date, 1 or more, earliest reminder first. */
    List<Integer> before(String kind, LocalDate plannedOn);
}
