package ca.imp.eventstore.store;

import ca.imp.eventstore.decider.DomainError;

/** Carries a domain error from the service layer to the REST edge, which reports it as a problem. */
public final class DomainRejection extends RuntimeException {
    private final transient DomainError error;

    public DomainRejection(DomainError error) {
        super(error.detail(), null, false, false);
        this.error = error;
    }

    public DomainError error() {
        return error;
    }
}
