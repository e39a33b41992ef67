package ca.imp.offerservice.compliance;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.contract.offer.OfferEvent;
import ca.imp.eventstore.store.CommandHandler;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.eventstore.store.EventStore;
import ca.imp.offerservice.compliance.ComplianceState.OfferObligations;
import ca.imp.offerservice.reference.ComplianceObligations;

/**
 * The compliance feature's entry point: its decider over the offer's own stream, so that evidence is ordered with the
 * approval and the first day of work it is judged against, and the policy it is judged by.
 */
@Singleton
public class OfferCompliance {
    private final CommandHandler<ComplianceCommand, ComplianceState, OfferEvent> handler;
    private final ComplianceObligations reference;

    OfferCompliance(EventStore store, ComplianceObligations reference) {
        this.handler = new CommandHandler<>(store, new ComplianceDecider(), EventCodec.of(OfferEvent.class));
        this.reference = reference;
    }

    CompliancePolicy policy() {
        return new CompliancePolicy(reference.obligations(), reference.registrations(), reference.tolerances());
    }

    Uni<OfferObligations> handle(ComplianceCommand command, EventMetadata metadata) {
        return handler.handle(command.offerNumber(), command, metadata).map(outcome -> obligations(outcome.orReject().state()));
    }

    Uni<OfferObligations> load(String offerNumber) {
        return handler.load(offerNumber).map(found -> obligations(found.state()));
    }

    /** An offer the caller may reach was checked to exist before: its stream folds to its obligations. */
    private static OfferObligations obligations(ComplianceState state) {
        if (state instanceof OfferObligations offer) {
            return offer;
        }
        throw new IllegalStateException("an offer's stream folded to no offer");
    }
}
