package ca.imp.decisionservice.application;

import java.util.List;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.decisionservice.offers.KnownOffers;
import ca.imp.decisionservice.offers.OfferStanding;
import ca.imp.eventstore.store.DomainRejection;

/** Every application made with an offer number, oldest first, and whether the offer can serve another. */
@Singleton
public class ListOfferApplications {
    private final Applications applications;
    private final KnownOffers offers;

    ListOfferApplications(Applications applications, KnownOffers offers) {
        this.applications = applications;
        this.offers = offers;
    }

    /**
     * @param offerStatus what this service knows of the offer: AWAITING_FEE, READY, WITHDRAWN or INVALIDATED
     */
    public record OfferApplicationsList(String offerNumber, OfferStanding.Status offerStatus,
                                        List<OfferApplications.Application> applications) {
    }

    /** An offer not yet known here and another employer's offer are not found alike: existence does not leak. */
    public Uni<OfferApplicationsList> list(Caller caller, String offerNumber) {
        return offers.standing(offerNumber).invoke(offer -> {
            if (!offer.submitted() || !offer.visibleTo(caller)) {
                throw new DomainRejection(new ApplicationError.OfferNotFound(offerNumber));
            }
        }).chain(offer -> applications.ofOffer(offerNumber).map(stream -> new OfferApplicationsList(offerNumber,
                // a decision recorded here ends the number before offer-service's word of it comes back
                stream.state().closingDecision().isPresent()
                        ? OfferStanding.Status.INVALIDATED : offer.status(),
                stream.state().applications())));
    }
}
