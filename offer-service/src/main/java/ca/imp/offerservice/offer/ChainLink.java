package ca.imp.offerservice.offer;

import java.time.Instant;
import java.time.LocalDate;

import ca.imp.eventstore.runtime.Today;

/**
 * One offer of the chain of offers made for one worker: the original, the resubmissions that tried again after an
 * offer ended, and the extensions that kept the worker on after an approval.
 *
 * @param relatedOffer the offer it resubmits or extends; null for the original
 * @param submittedAt  when it was submitted, which orders the chain
 * @param submittedOn  the day in Canada it was submitted
 */
public record ChainLink(Offer offer, Relation relation, String relatedOffer, Instant submittedAt, LocalDate submittedOn) {

    /** How an offer follows the one before it in the chain. */
    public enum Relation {
        ORIGINAL, RESUBMISSION_OF, EXTENSION_OF
    }

    static ChainLink of(Offers.Submitted submitted, Today today) {
        var submission = submitted.submission();
        Relation relation = submission.replaces() != null ? Relation.RESUBMISSION_OF
                : submission.extendsOffer() != null ? Relation.EXTENSION_OF
                : Relation.ORIGINAL;
        String related = submission.replaces() != null ? submission.replaces() : submission.extendsOffer();
        return new ChainLink(submitted.offer(), relation, related, submitted.submittedAt(),
                today.dateOf(submitted.submittedAt()));
    }
}
