package ca.imp.deadlineservice;

import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ca.imp.deadline.rules.DeadlineKind;
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

    /**
     * When reminders fire: the lead days of each deadline kind from the deadline policy, at
     * {@code deadline-service.reminders.time-of-day} in the product's zone.
     */
    @Produces
    @Singleton
    ReminderPolicy reminderPolicy(DeadlineRules rules,
                                  @ConfigProperty(name = "deadline-service.reminders.time-of-day") LocalTime timeOfDay,
                                  @ConfigProperty(name = "imp.time-zone") ZoneId zone) {
        return new ReminderPolicy((kind, plannedOn) -> rules.reminderLeadDays(DeadlineKind.valueOf(kind), plannedOn),
                timeOfDay, zone);
    }
}
