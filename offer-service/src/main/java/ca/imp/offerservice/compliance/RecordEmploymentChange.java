package ca.imp.offerservice.compliance;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.offerservice.offer.Offers;

/**
 * An employer records a change to the employment under an approved offer, with its documents, once the rules say it
 * needs no new offer and permit (IRPR 209.2). Answers the obligations and changes as they now stand.
 */
@Singleton
public class RecordEmploymentChange {
    private final Offers offers;
    private final OfferCompliance compliance;
    private final Today today;

    RecordEmploymentChange(Offers offers, OfferCompliance compliance, Today today) {
        this.offers = offers;
        this.compliance = compliance;
        this.today = today;
    }

    public Uni<Checklist> record(Caller caller, String offerNumber, EmploymentChange change) {
        var day = today.date();
        CompliancePolicy policy = compliance.policy();
        var command = new ComplianceCommand.RecordEmploymentChange(offerNumber, change, policy, day);
        return offers.get(offerNumber, caller::actsFor)
                .chain(() -> compliance.handle(command, EventMetadata.byActor(caller.actor())))
                .map(offer -> Checklist.of(offer, policy, day));
    }
}
