package ca.imp.decisionservice.application;

import java.util.Set;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;

import ca.imp.contract.decision.DecisionEvent;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.InvalidationPolicy;
import ca.imp.eventstore.store.CommandHandler;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;
import ca.imp.eventstore.store.StreamState;

/** The application feature's entry point: the applications of one offer are one stream, named by the offer number. */
@Singleton
public class Applications {
    private final CommandHandler<ApplicationCommand, OfferApplications, DecisionEvent> handler;

    Applications(EventStore store, @ConfigProperty(name = "offer.invalidating-outcomes") Set<DecisionOutcome> invalidating) {
        this.handler = new CommandHandler<>(store, new ApplicationDecider(new InvalidationPolicy(invalidating)),
                EventCodec.of(DecisionEvent.class));
    }

    public Uni<OfferApplications> handle(ApplicationCommand command, EventMetadata metadata) {
        return handler.handle(command.offerNumber(), command, metadata).map(outcome -> outcome.orReject().state());
    }

    public Uni<StreamState<OfferApplications>> ofOffer(String offerNumber) {
        return handler.load(offerNumber);
    }
}
