package ca.imp.offerservice.group;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.offerservice.offer.OfferError;
import ca.imp.offerservice.offer.ReadOffer;

/**
 * Reads a group of offers and where each stands, for a caller who acts for its employer; any other caller learns
 * nothing, not even that the group exists.
 */
@Singleton
public class ReadOfferGroup {
    private final OfferGroups groups;
    private final ReadOffer readOffer;

    ReadOfferGroup(OfferGroups groups, ReadOffer readOffer) {
        this.groups = groups;
        this.readOffer = readOffer;
    }

    public Uni<SeenOfferGroup> read(Caller caller, String groupId) {
        return groups.find(groupId)
                .map(found -> found.filter(group -> caller.actsFor(group.businessNumber()))
                        .orElseThrow(() -> new DomainRejection(new OfferError.OfferGroupNotFound(groupId))))
                .chain(group -> Uni.join().all(group.offerNumbers().stream().map(number -> readOffer.read(caller, number)).toList())
                        .andFailFast()
                        .map(seen -> new SeenOfferGroup(group, seen)));
    }
}
