package ca.imp.offerservice.offer;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.EventMetadata;

/** An employer records the payment of an offer's compliance fee: the exact fee, once. */
@Singleton
public class PayFee {
    private final Offers offers;
    private final SeenOffers seen;
    private final Today today;

    PayFee(Offers offers, SeenOffers seen, Today today) {
        this.offers = offers;
        this.seen = seen;
        this.today = today;
    }

    /** @param paidOn the day of payment, or null for today */
    public Uni<SeenOffer> pay(Caller caller, String offerNumber, BigDecimal amount, String currency, LocalDate paidOn) {
        var command = new OfferCommand.PayFee(offerNumber, amount, currency, DayOfAct.notAfter(today.date(), "paidOn", paidOn));
        return offers.get(offerNumber, caller::actsFor)
                .chain(() -> offers.handle(command, EventMetadata.byActor(caller.actor())))
                .chain(offer -> seen.by(caller, offer));
    }
}
