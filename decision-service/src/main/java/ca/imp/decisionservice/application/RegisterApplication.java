package ca.imp.decisionservice.application;

import java.time.LocalDate;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.decisionservice.offers.KnownOffers;
import ca.imp.decisionservice.offers.OfferStanding;
import ca.imp.eventstore.store.AlsoRecord;
import ca.imp.eventstore.store.EventMetadata;

/** A work permit application is made with an offer number: the employer's (or its representative's), or an officer's. */
@Singleton
public class RegisterApplication {
    private final Applications applications;
    private final KnownOffers offers;

    RegisterApplication(Applications applications, KnownOffers offers) {
        this.applications = applications;
        this.offers = offers;
    }

    /**
     * The application registered, or the one an identical registration made before.
     *
     * @param created whether this registration created it; false for a repeat, which changed nothing
     */
    public record Registered(OfferApplications.Application application, boolean created) {
    }

    /** Another employer's offer is refused exactly as an unknown number is (422 offer-unknown): its existence does not leak. */
    /** @param alsoRecord what else the registering transaction records, given the application's id */
    public Uni<Registered> register(Caller caller, String offerNumber, ApplicantLocation applicantLocation, LocalDate submittedOn,
                                    AlsoRecord alsoRecord) {
        return offers.standing(offerNumber)
                .map(offer -> offer.visibleTo(caller) ? offer : OfferStanding.unknown(offerNumber))
                .chain(offer -> applications.register(new ApplicationCommand.RegisterApplication(offerNumber, applicantLocation,
                        submittedOn, offer), EventMetadata.byActor(caller.actor()), alsoRecord))
                .map(applied -> new Registered(applied.state().holding().orElseThrow(), !applied.events().isEmpty()));
    }
}
