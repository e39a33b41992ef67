package ca.imp.decisionservice.application;

import java.util.List;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.contract.offer.OfferStatus;
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
     * @param offerStatus what this service knows of the offer: AWAITING_FEE, READY, IN_USE, or the outcome that ended it
     */
    public record OfferApplicationsList(String offerNumber, OfferStatus offerStatus,
                                        List<OfferApplications.Application> applications) {
    }

    /** An offer not yet known here and another employer's offer are not found alike: existence does not leak. */
    public Uni<OfferApplicationsList> list(Caller caller, String offerNumber) {
        return offers.standing(offerNumber).invoke(offer -> {
            if (!offer.submitted() || !offer.visibleTo(caller)) {
                throw new DomainRejection(new ApplicationError.OfferNotFound(offerNumber));
            }
        }).chain(offer -> applications.ofOffer(offerNumber).map(stream -> new OfferApplicationsList(offerNumber,
                offerStatus(offer, stream.state()), stream.state().applications())));
    }

    /**
     * A decision recorded here ends the number before offer-service's word of it comes back, and an application
     * registered here holds it before offer-service links it: this service's own facts come first.
     */
    private static OfferStatus offerStatus(OfferStanding offer, OfferApplications applications) {
        var closing = applications.closingDecision();
        if (closing.isPresent()) {
            return OfferStatus.endedBy(closing.get().outcome());
        }
        if (offer.status().ended()) {
            return offer.status();
        }
        return applications.open().isPresent() ? OfferStatus.IN_USE : offer.status();
    }
}
