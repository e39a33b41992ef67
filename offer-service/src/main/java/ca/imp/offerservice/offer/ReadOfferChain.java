package ca.imp.offerservice.offer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.runtime.Today;

/**
 * Reads the chain of offers for one worker from any of its offers: back along the links to the original, then every
 * offer that follows it (resubmissions and extensions), oldest first. The links are in the offers' own streams, and a
 * chain is short (each offer in it cost a fee and waited for a decision), so it is read from them rather than kept in a
 * table of its own that would have to follow them.
 */
@Singleton
public class ReadOfferChain {
    private final Offers offers;
    private final Today today;

    ReadOfferChain(Offers offers, Today today) {
        this.offers = offers;
        this.today = today;
    }

    public Uni<Page<ChainLink>> read(Caller caller, String offerNumber, int page, int size) {
        return offers.get(offerNumber, caller::readsRecordsOf)
                .chain(() -> original(offerNumber))
                .chain(original -> following(List.of(original)))
                .map(links -> Page.of(links.stream()
                        .sorted(Comparator.comparing(ChainLink::submittedAt).thenComparing(link -> link.offer().offerNumber()))
                        .toList(), page, size));
    }

    /** The first offer of the chain: the one that follows none. */
    private Uni<ChainLink> original(String offerNumber) {
        return offers.submitted(offerNumber).map(submitted -> ChainLink.of(submitted, today))
                .chain(link -> link.relatedOffer() == null ? Uni.createFrom().item(link) : original(link.relatedOffer()));
    }

    /** The links given and every offer that follows them, breadth first. */
    private Uni<List<ChainLink>> following(List<ChainLink> read) {
        var successors = read.stream().map(ChainLink::offer)
                .flatMap(offer -> Stream.concat(offer.use().resubmittedAs().stream(), offer.use().extensions().stream()))
                .filter(number -> read.stream().noneMatch(link -> link.offer().offerNumber().equals(number)))
                .toList();
        if (successors.isEmpty()) {
            return Uni.createFrom().item(read);
        }
        return Uni.join().all(successors.stream().map(number -> offers.submitted(number).map(submitted -> ChainLink.of(submitted, today))).toList())
                .andFailFast()
                .chain(next -> {
                    var all = new ArrayList<>(read);
                    all.addAll(next);
                    return following(all);
                });
    }
}
