package ca.imp.offerservice.offer;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.EventMetadata;

/** An employer records that the compliance fee owed back has come back: only a fee owed back, once. */
@Singleton
public class RecordRefund {
    private final Offers offers;
    private final SeenOffers seen;
    private final Today today;

    RecordRefund(Offers offers, SeenOffers seen, Today today) {
        this.offers = offers;
        this.seen = seen;
        this.today = today;
    }

    /** @param refundedOn the day the refund arrived, or null for today */
    public Uni<SeenOffer> record(Caller caller, String offerNumber, BigDecimal amount, String currency, LocalDate refundedOn) {
        var command = new OfferCommand.RecordRefund(offerNumber, amount, currency,
                DayOfAct.notAfter(today.date(), "refundedOn", refundedOn));
        return offers.get(offerNumber, caller::actsFor)
                .chain(() -> offers.handle(command, EventMetadata.byActor(caller.actor())))
                .chain(offer -> seen.by(caller, offer));
    }
}
