package ca.imp.offerservice.reminders;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;

/** Who receives the employer's deadline reminders by email, for who acts for the employer. */
@Singleton
public class ListReminderRecipients {
    private final ReminderRecipientLists lists;

    ListReminderRecipients(ReminderRecipientLists lists) {
        this.lists = lists;
    }

    public Uni<ReminderRecipients> list(Caller caller, String businessNumber) {
        return Uni.createFrom().deferred(() -> {
            ChooseReminderRecipients.unlessActingFor(caller, businessNumber);
            return lists.of(businessNumber).map(list -> ReminderRecipients.of(businessNumber, list));
        });
    }
}
