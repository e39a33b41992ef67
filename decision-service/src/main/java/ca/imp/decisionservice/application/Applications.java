package ca.imp.decisionservice.application;

import java.util.Set;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.contract.decision.DecisionEvent;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.decision.GcmsNotesRequested;
import ca.imp.decisionservice.offers.KnownOffers;
import ca.imp.decisionservice.offers.OfferStanding;
import ca.imp.eventstore.store.AlsoRecord;
import ca.imp.eventstore.store.CommandHandler;
import ca.imp.eventstore.store.CommandOutcome;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.StreamState;
import ca.imp.eventstore.store.Transactions;
import ca.imp.eventstore.store.Upcaster;

/**
 * The application feature's store: the applications of one offer are one stream, named by the offer
 * number, and an application belongs to the employer of its offer.
 */
@Singleton
public class Applications {
    private final KnownOffers offers;
    private final GcmsRequesters requesters;
    private final Transactions transactions;
    private final CommandHandler<ApplicationCommand, OfferApplications, DecisionEvent> handler;

    Applications(EventStore store, KnownOffers offers, GcmsRequesters requesters, Transactions transactions,
                 @ConfigProperty(name = "offer.invalidating-outcomes") Set<DecisionOutcome> invalidating) {
        this.offers = offers;
        this.requesters = requesters;
        this.transactions = transactions;
        this.handler = new CommandHandler<>(store, new ApplicationDecider(new InvalidationPolicy(invalidating)),
                EventCodec.of(DecisionEvent.class, new Upcaster("DecisionRendered", 1, DecisionRendered::fromVersion1)));
    }

    public Uni<OfferApplications> handle(ApplicationCommand command, EventMetadata metadata) {
        return apply(command, metadata).map(CommandOutcome.Applied::state);
    }

    /** Handles the command; what it recorded is empty when it repeated what was already recorded. */
    public Uni<CommandOutcome.Applied<OfferApplications, DecisionEvent>> apply(ApplicationCommand command, EventMetadata metadata) {
        return handler.handle(command.offerNumber(), command, metadata).map(CommandOutcome::orReject);
    }

    /**
     * Registers an application made with the command's offer; what it records is empty when the command repeats the
     * registration that holds the offer.
     *
     * @param alsoRecord what else the registering transaction records, given the application's id (e.g. the
     *                   request's Idempotency-Key)
     */
    public Uni<CommandOutcome.Applied<OfferApplications, DecisionEvent>> register(ApplicationCommand.RegisterApplication command,
                                                                                   EventMetadata metadata, AlsoRecord alsoRecord) {
        return transactions.inTransaction(tx -> handler.handle(tx, command.offerNumber(), command, metadata)
                .map(CommandOutcome::orReject)
                .call(applied -> alsoRecord.in(tx, applied.state().holding().orElseThrow().registration().applicationId())));
    }

    /**
     * Files an ATIP request; the requester's name is kept with it in this service's own records, in
     * the same transaction, and never in the published event.
     *
     * @param alsoRecord what else the filing transaction records, given the request's id (e.g. the
     *                   request's Idempotency-Key)
     */
    public Uni<GcmsNotesRequested> requestNotes(ApplicationCommand.RequestGcmsNotes command, String requesterName,
                                                 EventMetadata metadata, AlsoRecord alsoRecord) {
        return transactions.inTransaction(tx -> handler.handle(tx, command.offerNumber(), command, metadata)
                .map(outcome -> (GcmsNotesRequested) outcome.orReject().events().get(0))
                .call(requested -> requesters.save(tx, requested.requestId(), requesterName))
                .call(requested -> alsoRecord.in(tx, requested.requestId())));
    }

    public Uni<StreamState<OfferApplications>> ofOffer(String offerNumber) {
        return handler.load(offerNumber);
    }

    /**
     * What is known of the application's offer, if the caller may see it; otherwise the application
     * is not found, with the very answer an application that does not exist gets, so that its
     * existence does not leak.
     */
    public Uni<OfferStanding> offerVisibleTo(Caller caller, String applicationId) {
        return offers.standing(OfferApplications.offerNumberOf(applicationId)).invoke(offer -> {
            if (!offer.visibleTo(caller)) {
                throw new DomainRejection(new ApplicationError.ApplicationNotFound(applicationId));
            }
        });
    }

    /** The application, whoever's it is: call {@link #offerVisibleTo} first. */
    public Uni<OfferApplications.Application> application(String applicationId) {
        return ofOffer(OfferApplications.offerNumberOf(applicationId)).map(offer -> find(offer.state(), applicationId));
    }

    static OfferApplications.Application find(OfferApplications offer, String applicationId) {
        return offer.application(applicationId)
                .orElseThrow(() -> new DomainRejection(new ApplicationError.ApplicationNotFound(applicationId)));
    }
}
