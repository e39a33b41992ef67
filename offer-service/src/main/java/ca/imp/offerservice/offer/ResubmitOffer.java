package ca.imp.offerservice.offer;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.store.AlsoRecord;

/**
 * An employer tries again after a decision or a withdrawal ended an offer: a new offer, with a new number and a new
 * fee, prefilled from the old one with the employer's changes ({@link SubmitFollowingOffer}). The two offers link to
 * each other.
 */
@Singleton
public class ResubmitOffer {
    private final Offers offers;
    private final SubmitFollowingOffer following;

    ResubmitOffer(Offers offers, SubmitFollowingOffer following) {
        this.offers = offers;
        this.following = following;
    }

    /**
     * @param changes    what differs from the old offer, or null for nothing
     * @param alsoRecord what else the submitting transaction records, given the new number (e.g. the request's Idempotency-Key)
     */
    public Uni<SeenOffer> resubmit(Caller caller, String offerNumber, JsonNode changes, AlsoRecord alsoRecord) {
        return offers.get(offerNumber, caller::actsFor)
                .chain(old -> following.submit(caller, old, new Succession.Resubmission(offerNumber), changes, alsoRecord));
    }
}
