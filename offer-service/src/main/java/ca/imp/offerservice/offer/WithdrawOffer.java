package ca.imp.offerservice.offer;

import java.time.LocalDate;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.EventMetadata;

/**
 * An employer withdraws an offer that has no decision yet, or whose application the applicant withdrew: its number is
 * dead, and a paid fee becomes refundable (IRPR 303.1(6)).
 */
@Singleton
public class WithdrawOffer {
    private final Offers offers;
    private final SeenOffers seen;
    private final RefundFollowUp refundFollowUp;
    private final Today today;

    WithdrawOffer(Offers offers, SeenOffers seen, RefundFollowUp refundFollowUp, Today today) {
        this.offers = offers;
        this.seen = seen;
        this.refundFollowUp = refundFollowUp;
        this.today = today;
    }

    /**
     * @param reason      why, or null
     * @param withdrawnOn the day of the withdrawal, or null for today
     */
    public Uni<SeenOffer> withdraw(Caller caller, String offerNumber, String reason, LocalDate withdrawnOn) {
        var on = DayOfAct.notAfter(today.date(), "withdrawnOn", withdrawnOn);
        var command = new OfferCommand.WithdrawOffer(offerNumber, on, reason, refundFollowUp.afterWithdrawal(on));
        return offers.get(offerNumber, caller::actsFor)
                .chain(() -> offers.handle(command, EventMetadata.byActor(caller.actor())))
                .chain(offer -> seen.by(caller, offer));
    }
}
