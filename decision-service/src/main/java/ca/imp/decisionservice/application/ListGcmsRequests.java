package ca.imp.decisionservice.application;

import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.eventstore.paging.Page;

/** An application's ATIP requests; the requesters' names only for who acts for the employer. */
@Singleton
public class ListGcmsRequests {
    private final Applications applications;
    private final GcmsRequesters requesters;
    private final DeadlineRules rules;

    ListGcmsRequests(Applications applications, GcmsRequesters requesters, DeadlineRules rules) {
        this.applications = applications;
        this.requesters = requesters;
        this.rules = rules;
    }

    public Uni<Page<GcmsRequestDetails>> list(Caller caller, String applicationId, int page, int size) {
        return all(caller, applicationId).map(requests -> Page.of(requests, page, size));
    }

    /** One of the application's requests, as the caller sees it. */
    public Uni<GcmsRequestDetails> one(Caller caller, String applicationId, String requestId) {
        return all(caller, applicationId).map(requests -> requests.stream()
                .filter(request -> request.request().request().requestId().equals(requestId)).findFirst().orElseThrow());
    }

    private Uni<List<GcmsRequestDetails>> all(Caller caller, String applicationId) {
        return applications.offerVisibleTo(caller, applicationId).chain(offer -> applications.application(applicationId)
                .chain(application -> (offer.personalDataVisibleTo(caller)
                        ? requesters.ofApplication(applicationId) : Uni.createFrom().item(Map.<String, String>of()))
                        .map(names -> application.gcmsRequests().stream()
                                .map(request -> GcmsRequestDetails.of(request, names.get(request.request().requestId()), rules))
                                .toList())));
    }
}
