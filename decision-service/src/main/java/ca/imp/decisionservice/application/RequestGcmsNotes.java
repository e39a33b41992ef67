package ca.imp.decisionservice.application;

import java.time.LocalDate;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.contract.decision.AtipAct;
import ca.imp.contract.decision.RequesterRole;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.decisionservice.GcmsFees;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.AlsoRecord;
import ca.imp.eventstore.store.EventMetadata;

/** The employer (or its representative) files an ATIP request for the officer's GCMS notes on one of its applications. */
@Singleton
public class RequestGcmsNotes {
    private final Applications applications;
    private final GcmsFees fees;
    private final DeadlineRules rules;
    private final Today today;

    RequestGcmsNotes(Applications applications, GcmsFees fees, DeadlineRules rules, Today today) {
        this.applications = applications;
        this.fees = fees;
        this.rules = rules;
        this.today = today;
    }

    /**
     * @param filedOn       the day it was filed; today when null
     * @param requesterName kept in this service's own records, never in the event
     * @param alsoRecord    what else the filing transaction records, given the request's id
     */
    public Uni<GcmsRequestDetails> request(Caller caller, String applicationId, AtipAct act, LocalDate filedOn,
                                           String requesterName, RequesterRole requesterRole, boolean requesterInCanada,
                                           boolean consentOnFile, AlsoRecord alsoRecord) {
        var command = new ApplicationCommand.RequestGcmsNotes(OfferApplications.offerNumberOf(applicationId), applicationId, act,
                filedOn == null ? today.date() : filedOn, requesterRole, requesterInCanada, consentOnFile, fees.of(act),
                fees.currency(), today.date());
        return applications.offerVisibleTo(caller, applicationId)
                .chain(offer -> applications.requestNotes(command, requesterName, EventMetadata.byActor(caller.actor()), alsoRecord)
                        .map(requested -> GcmsRequestDetails.of(new OfferApplications.GcmsRequest(requested, null),
                                offer.personalDataVisibleTo(caller) ? requesterName : null, rules)));
    }
}
