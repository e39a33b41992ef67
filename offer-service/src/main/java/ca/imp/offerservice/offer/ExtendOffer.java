package ca.imp.offerservice.offer;

import java.util.Optional;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.store.AlsoRecord;

/**
 * An employer keeps the worker of an approved offer on after the permit: an extension needs a new offer and a new fee
 * (IRPR 303.1(1)(c)), made as every offer from an earlier one is ({@link SubmitFollowingOffer}): prefilled from the
 * approved offer with the employer's changes, the fee in force today, the fee-exempt program claimed as on
 * submission. The two offers link to each other.
 */
@Singleton
public class ExtendOffer {
    private final Offers offers;
    private final SubmitFollowingOffer following;

    ExtendOffer(Offers offers, SubmitFollowingOffer following) {
        this.offers = offers;
        this.following = following;
    }

    /**
     * @param changes    what differs from the approved offer, or null for nothing
     * @param alsoRecord what else the submitting transaction records, given the new number (e.g. the request's Idempotency-Key)
     */
    public Uni<SeenOffer> extend(Caller caller, String offerNumber, JsonNode changes, AlsoRecord alsoRecord) {
        return offers.get(offerNumber, caller::actsFor)
                .chain(approved -> latestExtension(approved)
                        .chain(latest -> following.submit(caller, approved, new Succession.Extension(offerNumber, latest),
                                changes, alsoRecord)));
    }

    /** The approved offer's latest extension as its own stream has it: the decider tells from it whether another may follow. */
    private Uni<Optional<OfferCommand.PriorExtension>> latestExtension(Offer approved) {
        var extensions = approved.use().extensions();
        if (extensions.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return offers.get(extensions.get(extensions.size() - 1), employer -> true)
                .map(latest -> Optional.of(new OfferCommand.PriorExtension(latest.offerNumber(), latest.status(),
                        latest.use().resubmittedAs())));
    }
}
