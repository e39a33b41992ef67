package ca.imp.contract.deadline;

/** What deadline-service records and publishes on {@link ca.imp.contract.Topics#DEADLINES}, keyed by offer number. */
public sealed interface DeadlineEvent permits DeadlineScheduled, DeadlineMoved, DeadlineMet, DeadlineReminderDue,
        DeadlineElapsed {
    String offerNumber();
}
