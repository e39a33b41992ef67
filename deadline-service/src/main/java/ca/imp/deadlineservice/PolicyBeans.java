package ca.imp.deadlineservice;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.deadlineservice.timer.ReminderPolicy;

/** The policy data this service counts and reminds by, loaded once. */
@Singleton
public class PolicyBeans {

    /** The deadline rules and holiday calendars (policy data in the deadline-rules library). */
    @Produces
    @Singleton
    DeadlineRules deadlineRules() {
        return DeadlineRules.load();
    }

    /** When reminders fire: {@code deadline-service.reminders.*} in the product's zone. */
    @Produces
    @Singleton
    ReminderPolicy reminderPolicy(@ConfigProperty(name = "deadline-service.reminders.lead-days") List<Integer> leadDays,
                                  @ConfigProperty(name = "deadline-service.reminders.time-of-day") LocalTime timeOfDay,
                                  @ConfigProperty(name = "imp.time-zone") ZoneId zone) {
        return new ReminderPolicy(leadDays, timeOfDay, zone);
    }
}
