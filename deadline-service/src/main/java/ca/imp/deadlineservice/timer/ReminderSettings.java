package ca.imp.deadlineservice.timer;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The reminder policy from configuration: {@code deadline-service.reminders.*} and the product's zone. */
@Singleton
public class ReminderSettings {

    @Produces
    @Singleton
    ReminderPolicy reminderPolicy(@ConfigProperty(name = "deadline-service.reminders.lead-days") List<Integer> leadDays,
                                  @ConfigProperty(name = "deadline-service.reminders.time-of-day") LocalTime timeOfDay,
                                  @ConfigProperty(name = "imp.time-zone") ZoneId zone) {
        return new ReminderPolicy(leadDays, timeOfDay, zone);
    }
}
