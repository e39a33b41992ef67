package ca.imp.offerservice.group;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.AlsoRecord;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.offerservice.offer.Offer;
import ca.imp.offerservice.offer.OfferDraft;
import ca.imp.offerservice.offer.OfferError;
import ca.imp.offerservice.offer.Offers;
import ca.imp.offerservice.offer.SubmitOffer;
import ca.imp.offerservice.reference.FeeCaps;
import ca.imp.offerservice.reference.FeeSchedule;

/**
 * An employer submits offers together, all or none, as a group whose fee is capped (IRCC fee list: three or more
 * offers to performing artists and their staff made at the same time pay at most $690 in all). Each offer owes its
 * share of the group's fee, split to the cent, so that payments and refunds stay per offer.
 */
@Singleton
public class SubmitOfferGroup {
    private final SubmitOffer submitOffer;
    private final Offers offers;
    private final OfferGroups groups;
    private final FeeCaps caps;
    private final FeeSchedule fees;
    private final Today today;

    SubmitOfferGroup(SubmitOffer submitOffer, Offers offers, OfferGroups groups, FeeCaps caps, FeeSchedule fees, Today today) {
        this.submitOffer = submitOffer;
        this.offers = offers;
        this.groups = groups;
        this.caps = caps;
        this.fees = fees;
        this.today = today;
    }

    /** @param alsoRecord what else the submitting transaction records, given the group's id (the request's Idempotency-Key) */
    public Uni<SeenOfferGroup> submit(Caller caller, String kind, List<OfferDraft> drafts, AlsoRecord alsoRecord) {
        var on = today.date();
        var cap = caps.inForce(kind, on).orElseThrow(() -> new DomainRejection(new OfferError.UnknownOfferGroupKind(kind, on)));
        if (drafts.size() < cap.minOffers()) {
            throw new DomainRejection(new OfferError.OfferGroupTooSmall(kind, cap.minOffers(), drafts.size()));
        }
        String employer = drafts.get(0).employer().businessNumber();
        for (int i = 0; i < drafts.size(); i++) {
            var draft = drafts.get(i);
            if (!draft.employer().businessNumber().equals(employer)) {
                throw new DomainRejection(new OfferError.OfferGroupOfSeveralEmployers(i, draft.employer().businessNumber(), employer));
            }
            if (draft.feeExemption() != null) {
                throw new DomainRejection(new OfferError.FeeExemptionInOfferGroup(i));
            }
        }
        var fee = fees.inForceOn(on);
        var shares = cap.shares(fee.amount(), drafts.size());
        String groupId = UUID.randomUUID().toString();
        var submissions = IntStream.range(0, drafts.size())
                .mapToObj(i -> submitOffer.submission(caller, drafts.get(i), null, shares.get(i), fee.currency(), groupId)).toList();
        var keeps = drafts.stream().map(submitOffer::keepPersonalData).toList();
        var total = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return offers.submitTogether(submissions, keeps, EventMetadata.byActor(caller.actor()),
                        (tx, numbers) -> groups.record(tx, new OfferGroup(groupId, employer, kind, numbers, total, fee.currency(), on))
                                .chain(() -> alsoRecord.in(tx, groupId)))
                .map(submitted -> new SeenOfferGroup(
                        new OfferGroup(groupId, employer, kind, submitted.stream().map(Offer::offerNumber).toList(), total,
                                fee.currency(), on),
                        IntStream.range(0, submitted.size()).mapToObj(i -> SubmitOffer.asSubmitted(submitted.get(i), drafts.get(i)))
                                .toList()));
    }
}
