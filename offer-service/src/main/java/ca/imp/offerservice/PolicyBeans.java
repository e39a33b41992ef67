package ca.imp.offerservice;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import ca.imp.deadline.rules.DeadlineRules;

/** The deadline rules (policy data in the deadline-rules library, the same deadline-service counts by), loaded once. */
@Singleton
public class PolicyBeans {

    @Produces
    @Singleton
    DeadlineRules deadlineRules() {
        return DeadlineRules.load();
    }
}
