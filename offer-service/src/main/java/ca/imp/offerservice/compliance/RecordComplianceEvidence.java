package ca.imp.offerservice.compliance;

import java.time.LocalDate;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.offerservice.offer.Offers;

/**
 * An employer records evidence that it met one of its obligations under an offer (IRPR 209.2): a document's
 * reference and date, never the document. Answers the checklist as it now stands.
 */
@Singleton
public class RecordComplianceEvidence {
    private final Offers offers;
    private final OfferCompliance compliance;
    private final Today today;

    RecordComplianceEvidence(Offers offers, OfferCompliance compliance, Today today) {
        this.offers = offers;
        this.compliance = compliance;
        this.today = today;
    }

    /** @param documentOn the document's date, which the edge keeps within the portal era and not after today */
    public Uni<Checklist> record(Caller caller, String offerNumber, String obligation, String reference, LocalDate documentOn,
                                 String note) {
        LocalDate day = today.date();
        CompliancePolicy policy = compliance.policy();
        var command = new ComplianceCommand.RecordEvidence(offerNumber,
                new Evidence(obligation, reference, documentOn, note), policy, day);
        return offers.get(offerNumber, caller::actsFor)
                .chain(() -> compliance.handle(command, EventMetadata.byActor(caller.actor())))
                .map(offer -> Checklist.of(offer, policy, day));
    }
}
