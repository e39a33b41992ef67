package ca.imp.decisionservice.application;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;

/** An application and its decision, for whoever may see its employer's records. */
@Singleton
public class ReadApplication {
    private final Applications applications;

    ReadApplication(Applications applications) {
        this.applications = applications;
    }

    public Uni<OfferApplications.Application> read(Caller caller, String applicationId) {
        return applications.offerVisibleTo(caller, applicationId).chain(offer -> applications.application(applicationId));
    }
}
