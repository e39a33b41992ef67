package ca.imp.offerservice.reminders;

import java.util.List;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.offerservice.employer.EmployerNotFound;

/**
 * The employer (or its representative) sets who receives its deadline reminders by email beside each offer's employer
 * contact. The addresses are personal data: only who acts for the employer sets or reads them.
 */
@Singleton
public class ChooseReminderRecipients {
    private final ReminderRecipientLists lists;

    ChooseReminderRecipients(ReminderRecipientLists lists) {
        this.lists = lists;
    }

    public Uni<ReminderRecipients> choose(Caller caller, String businessNumber, List<String> emails) {
        return Uni.createFrom().deferred(() -> {
            unlessActingFor(caller, businessNumber);
            return lists.replace(businessNumber, emails, caller.actor()).map(list -> ReminderRecipients.of(businessNumber, list));
        });
    }

    /** Another employer's list is answered as an employer nobody knows, as its other records are. */
    static void unlessActingFor(Caller caller, String businessNumber) {
        if (!caller.actsFor(businessNumber)) {
            throw new DomainRejection(new EmployerNotFound(businessNumber));
        }
    }
}
