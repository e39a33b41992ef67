package ca.imp.offerservice.offer;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.store.AlsoRecord;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.offerservice.privacy.PersonalDataRead;

/**
 * The one way a new offer is made from an earlier one (a resubmission, an extension): a new offer, with a new number
 * and the fee in force today, prefilled from the earlier one (its personal data read from the vault, which records
 * the read) with the changes the employer sends as a JSON Merge Patch (RFC 7396), for the same employer; the two
 * offers link to each other.
 */
@Singleton
class SubmitFollowingOffer {
    private final SeenOffers seen;
    private final SubmitOffer submitOffer;
    private final DraftForm form;

    SubmitFollowingOffer(SeenOffers seen, SubmitOffer submitOffer, DraftForm form) {
        this.seen = seen;
        this.submitOffer = submitOffer;
        this.form = form;
    }

    /**
     * @param earlier    the earlier offer, which the caller reaches
     * @param changes    what differs from the earlier offer, or null for nothing
     * @param alsoRecord what else the submitting transaction records, given the new number (e.g. the request's Idempotency-Key)
     */
    Uni<SeenOffer> submit(Caller caller, Offer earlier, Succession succession, JsonNode changes, AlsoRecord alsoRecord) {
        return seen.by(caller, earlier)
                .chain(old -> read(MergePatch.apply(form.write(asDraft(old)), changes)).invoke(draft -> {
                    String employer = old.offer().terms().employer().businessNumber();
                    if (!draft.employer().businessNumber().equals(employer)) {
                        throw new DomainRejection(succession.anotherEmployer(employer));
                    }
                }))
                .chain(draft -> submitOffer.record(caller, draft, succession, alsoRecord));
    }

    private Uni<OfferDraft> read(JsonNode merged) {
        try {
            return Uni.createFrom().item(form.read(merged));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
    }

    /**
     * The old offer as the draft that would submit it again, with the program it claimed; without personal data once
     * it was erased.
     */
    private static OfferDraft asDraft(SeenOffer old) {
        var terms = old.offer().terms();
        var employer = terms.employer();
        var kept = old.personalData().orElse(null) instanceof PersonalDataRead.Kept k ? k.data() : null;
        return new OfferDraft(new OfferDraft.Employer(employer.businessNumber(), employer.legalName(), employer.operatingName(),
                employer.address(), kept == null ? null : kept.employerContact()),
                kept == null ? null : kept.worker(), terms.job(), terms.exemptionCode(),
                old.offer().fee() instanceof Offer.Fee.Exempt exempt ? exempt.claim().orElse(null) : null);
    }
}
