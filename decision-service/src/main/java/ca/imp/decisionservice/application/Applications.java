package ca.imp.decisionservice.application;

import java.util.Set;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;

import ca.imp.contract.decision.DecisionEvent;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.GcmsNotesRequested;
import ca.imp.contract.decision.InvalidationPolicy;
import ca.imp.eventstore.store.CommandHandler;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.StreamState;

/** The application feature's entry point: the applications of one offer are one stream, named by the offer number. */
@Singleton
public class Applications {
    private final EventStore store;
    private final GcmsRequesters requesters;
    private final InvalidationPolicy invalidation;
    private final CommandHandler<ApplicationCommand, OfferApplications, DecisionEvent> handler;

    Applications(EventStore store, GcmsRequesters requesters,
                 @ConfigProperty(name = "offer.invalidating-outcomes") Set<DecisionOutcome> invalidating) {
        this.store = store;
        this.requesters = requesters;
        this.invalidation = new InvalidationPolicy(invalidating);
        this.handler = new CommandHandler<>(store, new ApplicationDecider(invalidation), EventCodec.of(DecisionEvent.class));
    }

    /** Which outcomes end an offer number (policy), for those who explain a decision. */
    public InvalidationPolicy invalidation() {
        return invalidation;
    }

    public Uni<OfferApplications> handle(ApplicationCommand command, EventMetadata metadata) {
        return handler.handle(command.offerNumber(), command, metadata).map(outcome -> outcome.orReject().state());
    }

    /**
     * Files an ATIP request; the requester's name is kept with it in this service's own records, in
     * the same transaction, and never in the published event.
     */
    public Uni<GcmsNotesRequested> requestNotes(ApplicationCommand.RequestGcmsNotes command, String requesterName,
                                                 EventMetadata metadata) {
        return store.pool().withTransaction(tx -> handler.handle(tx, command.offerNumber(), command, metadata)
                .map(outcome -> (GcmsNotesRequested) outcome.orReject().events().get(0))
                .call(requested -> requesters.save(tx, requested.requestId(), requesterName)));
    }

    public Uni<StreamState<OfferApplications>> ofOffer(String offerNumber) {
        return handler.load(offerNumber);
    }
}
