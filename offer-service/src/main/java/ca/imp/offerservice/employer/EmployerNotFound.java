package ca.imp.offerservice.employer;

import ca.imp.access.Caller;
import ca.imp.eventstore.decider.DomainError;
import ca.imp.eventstore.store.DomainRejection;

/**
 * An employer whose records the caller may not read is answered as one nobody knows: the same
 * problem whether it exists or not, so no caller learns which business numbers have offers here.
 */
public record EmployerNotFound(String businessNumber) implements DomainError.NotFound {

    public static void unlessReadableBy(Caller caller, String businessNumber) {
        if (!caller.readsRecordsOf(businessNumber)) {
            throw new DomainRejection(new EmployerNotFound(businessNumber));
        }
    }

    public String rule() {
        return "employer-not-found";
    }

    public String detail() {
        return "No employer with the business number " + businessNumber + " was found.";
    }
}
