package ca.imp.offerservice.offer;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.offerservice.privacy.PersonalDataRead;

/**
 * An employer tries again after a decision or a withdrawal ended an offer: a new offer, with a new
 * number and a new fee, prefilled from the old one (its personal data read from the vault, which
 * records the read) with the changes the employer sends as a JSON Merge Patch (RFC 7396). The two
 * offers link to each other.
 */
@Singleton
public class ResubmitOffer {
    private final Offers offers;
    private final SeenOffers seen;
    private final SubmitOffer submitOffer;
    private final ObjectMapper json;
    private final Validator validator;

    ResubmitOffer(Offers offers, SeenOffers seen, SubmitOffer submitOffer, ObjectMapper json, Validator validator) {
        this.offers = offers;
        this.seen = seen;
        this.submitOffer = submitOffer;
        this.json = json;
        this.validator = validator;
    }

    /** @param changes what differs from the old offer, or null for nothing */
    public Uni<SeenOffer> resubmit(Caller caller, String offerNumber, JsonNode changes) {
        return offers.get(offerNumber, caller::actsFor)
                .chain(old -> seen.by(caller, old))
                .chain(old -> validated(MergePatch.apply(asDraft(old), changes)).invoke(draft -> {
                    String employer = old.offer().terms().employer().businessNumber();
                    if (!draft.employer().businessNumber().equals(employer)) {
                        throw new DomainRejection(new OfferError.ResubmittedForAnotherEmployer(offerNumber, employer));
                    }
                }))
                .chain(draft -> submitOffer.record(caller, draft, offerNumber, (tx, number) -> Uni.createFrom().voidItem()));
    }

    /** The old offer as the draft that would submit it again; without personal data once it was erased. */
    private JsonNode asDraft(SeenOffer old) {
        var terms = old.offer().terms();
        ObjectNode employer = json.valueToTree(terms.employer());
        ObjectNode draft = json.createObjectNode();
        draft.set("employer", employer);
        if (old.personalData().orElse(null) instanceof PersonalDataRead.Kept kept) {
            employer.set("contact", json.valueToTree(kept.data().employerContact()));
            draft.set("worker", json.valueToTree(kept.data().worker()));
        }
        draft.set("job", json.valueToTree(terms.job()));
        draft.put("exemptionCode", terms.exemptionCode());
        return draft;
    }

    /** The merged offer must be as valid as a new one: same reading, same constraints, same problems. */
    private Uni<OfferDraft> validated(JsonNode merged) {
        OfferDraft draft;
        try {
            draft = json.treeToValue(merged, OfferDraft.class);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        var violations = validator.validate(draft);
        return violations.isEmpty()
                ? Uni.createFrom().item(draft)
                : Uni.createFrom().failure(new ConstraintViolationException(violations));
    }
}
