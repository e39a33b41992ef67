package ca.imp.decisionservice.reconciliation;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.decisionservice.application.Applications;
import ca.imp.decisionservice.offers.KnownOffers;

/** Operators read what decision-service holds about an offer: its applications and decisions, and what it knows of the offer. */
@Singleton
public class ReadOfferFacts {
    private final Applications applications;
    private final KnownOffers knownOffers;

    ReadOfferFacts(Applications applications, KnownOffers knownOffers) {
        this.applications = applications;
        this.knownOffers = knownOffers;
    }

    public Uni<OfferFacts> read(String offerNumber) {
        return applications.ofOffer(offerNumber).chain(found -> knownOffers.standing(offerNumber).map(standing -> new OfferFacts(
                offerNumber,
                found.state().applications().stream().map(application -> new OfferFacts.Application(
                        application.registration().applicationId(),
                        application.decision() == null ? null : application.decision().outcome(),
                        application.decision() == null ? null : application.decision().decisionDate(),
                        application.decision() == null ? null : application.decision().invalidatesOffer())).toList(),
                standing.status(),
                standing.invalidation() == null ? null : standing.invalidation().applicationId())));
    }
}
