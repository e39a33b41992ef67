package ca.imp.offerservice.offer;

import java.time.LocalDate;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.EventMetadata;

/**
 * An employer records the worker's first day of employment on an approved offer: the day its records are kept
 * 6 years from (IRPR 209.2(1)(b)). Once, not before the approval, not after today.
 */
@Singleton
public class RecordEmploymentStart {
    private final Offers offers;
    private final SeenOffers seen;
    private final Today today;

    RecordEmploymentStart(Offers offers, SeenOffers seen, Today today) {
        this.offers = offers;
        this.seen = seen;
        this.today = today;
    }

    /** @param startedOn the first day of employment, or null for today */
    public Uni<SeenOffer> record(Caller caller, String offerNumber, LocalDate startedOn) {
        var command = new OfferCommand.RecordEmploymentStart(offerNumber,
                DayOfAct.notAfter(today.date(), "startedOn", startedOn));
        return offers.get(offerNumber, caller::actsFor)
                .chain(() -> offers.handle(command, EventMetadata.byActor(caller.actor())))
                .chain(offer -> seen.by(caller, offer));
    }
}
