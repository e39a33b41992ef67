package ca.imp.decisionservice.application;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.EventMetadata;

/** The GCMS notes an ATIP request asked for arrived: recorded by the employer, its representative or an officer. */
@Singleton
public class RecordGcmsNotesReceipt {
    private final Applications applications;
    private final GcmsRequesters requesters;
    private final DeadlineRules rules;
    private final Today today;

    RecordGcmsNotesReceipt(Applications applications, GcmsRequesters requesters, DeadlineRules rules, Today today) {
        this.applications = applications;
        this.requesters = requesters;
        this.rules = rules;
        this.today = today;
    }

    /** @param receivedOn the day the notes arrived; today when null */
    public Uni<GcmsRequestDetails> record(Caller caller, String applicationId, String requestId, LocalDate receivedOn) {
        var command = new ApplicationCommand.RecordGcmsNotesReceived(OfferApplications.offerNumberOf(applicationId),
                applicationId, requestId, receivedOn == null ? today.date() : receivedOn, today.date());
        return applications.offerVisibleTo(caller, applicationId).chain(offer -> applications
                .handle(command, EventMetadata.byActor(caller.actor()))
                .chain(applicationsOfOffer -> (offer.personalDataVisibleTo(caller)
                        ? requesters.ofApplication(applicationId) : Uni.createFrom().item(Map.<String, String>of()))
                        .map(names -> GcmsRequestDetails.of(Applications.find(applicationsOfOffer, applicationId)
                                .gcmsRequest(requestId).orElseThrow(), names.get(requestId), rules))));
    }
}
