package ca.imp.offerservice.erasure;

import java.util.List;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.contract.offer.OfferEvent;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.EventCodec;
import ca.imp.eventstore.store.Transactions;
import ca.imp.offerservice.offer.Offer;
import ca.imp.offerservice.offer.OfferError;
import ca.imp.offerservice.offer.Offers;
import ca.imp.offerservice.privacy.PersonalDataVault;

/**
 * An employer, or its representative, has the worker's personal data on an offer erased: allowed once
 * the employer's duty to keep the records has ended, or at any time for an offer no application ever
 * used. Every event, fee and deadline of the offer stays; only the personal data goes, for good.
 */
@Singleton
public class EraseWorkerData {
    private static final EventCodec<OfferEvent> EVENTS = EventCodec.of(OfferEvent.class);

    private final Offers offers;
    private final PersonalDataVault vault;
    private final Transactions transactions;
    private final Today today;
    private final DeadlineRules rules;

    EraseWorkerData(Offers offers, PersonalDataVault vault, Transactions transactions, Today today, DeadlineRules rules) {
        this.offers = offers;
        this.rules = rules;
        this.vault = vault;
        this.transactions = transactions;
        this.today = today;
    }

    /**
     * @throws DomainRejection {@link OfferError.OfferNotFound} for an offer of an employer the caller
     *     does not act for, exactly as for no offer; {@link RetentionRunning} while the records must be kept
     */
    public Uni<PersonalDataVault.Erasure> erase(String offerNumber, Caller caller) {
        return offers.get(offerNumber, caller::actsFor).chain(offer -> vault.erasure(offerNumber).chain(earlier -> earlier.isPresent()
                ? Uni.createFrom().item(earlier.get())
                : retentionOf(offer).chain(retention -> retention.over(today.date())
                        ? transactions.inTransaction(tx -> vault.erase(tx, offerNumber, caller.actor()))
                        : Uni.createFrom().failure(new DomainRejection(new RetentionRunning(offerNumber, retention))))));
    }

    /** The offer's retention as its events stand now. */
    Uni<RecordRetention> retentionOf(Offer offer) {
        return offers.history(offer.offerNumber()).map(recorded -> {
            List<OfferEvent> history = recorded.stream().map(EVENTS::decode).toList();
            return RecordRetention.of(offer, history, rules);
        });
    }
}
