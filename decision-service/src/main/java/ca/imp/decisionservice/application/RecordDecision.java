package ca.imp.decisionservice.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.NotTemporaryFactor;
import ca.imp.contract.decision.RefusalGround;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.EventMetadata;

/** An officer records the decision on an application, once; the officer is the decision's actor. */
@Singleton
public class RecordDecision {
    private final Applications applications;
    private final Today today;

    RecordDecision(Applications applications, Today today) {
        this.applications = applications;
        this.today = today;
    }

    /**
     * @param communicatedDate when the applicant was told; the decision date when null
     * @param matterArose      where the matter arose for judicial review; null: where the applicant was
     * @param permitExpiresOn the last day of the permit an approval grants; null for any other outcome
     */
    public Uni<OfferApplications.Application> record(Caller caller, String applicationId, DecisionOutcome outcome,
                                                     LocalDate decisionDate, LocalDate communicatedDate,
                                                     List<RefusalGround> grounds, List<NotTemporaryFactor> factors,
                                                     boolean notesIncluded, ApplicantLocation matterArose,
                                                     LocalDate permitExpiresOn) {
        var command = new ApplicationCommand.RenderDecision(OfferApplications.offerNumberOf(applicationId), applicationId,
                outcome, decisionDate, communicatedDate == null ? decisionDate : communicatedDate, grounds, factors,
                notesIncluded, matterArose, permitExpiresOn, today.date());
        return applications.offerVisibleTo(caller, applicationId)
                .chain(offer -> applications.handle(command, EventMetadata.byActor(caller.actor())))
                .map(applicationsOfOffer -> Applications.find(applicationsOfOffer, applicationId));
    }
}
