package ca.imp.decisionservice.api;

import static ca.imp.decisionservice.api.ApplicationResource.APPLICATION_ID;
import static ca.imp.decisionservice.api.ApplicationResource.APPLICATION_ID_MESSAGE;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.deadline.rules.DeadlineRules;
import ca.imp.decisionservice.application.ApplicationCommand;
import ca.imp.decisionservice.application.ApplicationError;
import ca.imp.decisionservice.application.Applications;
import ca.imp.decisionservice.application.GcmsRequesters;
import ca.imp.decisionservice.application.OfferApplications;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.EventMetadata;

@Path("/applications/{applicationId}/gcms-requests")
@Tag(name = "GCMS notes", description = "Access to information requests for the officer's notes on an application")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class GcmsRequestResource {
    private static final String REQUEST_ID = "^A\\d{7}-\\d{1,6}-G\\d{1,6}$";

    private final Applications applications;
    private final GcmsRequesters requesters;
    private final GcmsFees fees;
    private final DeadlineRules rules;
    private final Today today;

    GcmsRequestResource(Applications applications, GcmsRequesters requesters, GcmsFees fees, DeadlineRules rules, Today today) {
        this.applications = applications;
        this.requesters = requesters;
        this.fees = fees;
        this.rules = rules;
        this.today = today;
    }

    /** @param receivedOn the day the notes arrived; today when omitted */
    public record Receipt(LocalDate receivedOn) {
    }

    @POST
    @Operation(summary = "Record an ATIP request for the application's GCMS notes",
            description = "CAD 5 under the Access to Information Act; the Privacy Act (free) only for an applicant in Canada."
                    + " The requester must be in Canada; someone asking for another person's notes needs their signed consent"
                    + " (IMM 5744). deadline-service starts the 30-day response deadline from the event this publishes.")
    public Uni<Response> request(@PathParam("applicationId") @Pattern(regexp = APPLICATION_ID, message = APPLICATION_ID_MESSAGE)
                                 String applicationId,
                                 @Valid @NotNull(message = "a JSON body is required") GcmsNotesRequest request) {
        LocalDate filedOn = request.filedOn() == null ? today.date() : request.filedOn();
        var requester = request.requester();
        var command = new ApplicationCommand.RequestGcmsNotes(ApplicationResource.offerNumberOf(applicationId), applicationId,
                request.act(), filedOn, requester.role(), requester.inCanada(), request.consentOnFile(), fees.of(request.act()),
                fees.currency(), today.date());
        return applications.requestNotes(command, requester.name(), EventMetadata.byActor("requester"))
                .map(requested -> Response.created(URI.create("/applications/" + applicationId + "/gcms-requests/"
                                + requested.requestId()))
                        .entity(GcmsRequestView.of(new OfferApplications.GcmsRequest(requested, null), requester.name(),
                                rules.forGcmsRequest(requested.filedOn())))
                        .build());
    }

    @GET
    @Operation(summary = "The application's ATIP requests, with when each answer is due")
    public Uni<List<GcmsRequestView>> list(@PathParam("applicationId") @Pattern(regexp = APPLICATION_ID,
            message = APPLICATION_ID_MESSAGE) String applicationId) {
        return load(applicationId).chain(application -> requesters.ofApplication(applicationId)
                .map(names -> views(application, names)));
    }

    @POST
    @Path("/{requestId}/receipt")
    @Operation(summary = "Record that the notes arrived", description = "Closes the GCMS response deadline in deadline-service.")
    public Uni<GcmsRequestView> received(@PathParam("applicationId") @Pattern(regexp = APPLICATION_ID,
                                                 message = APPLICATION_ID_MESSAGE) String applicationId,
                                         @PathParam("requestId") @Pattern(regexp = REQUEST_ID,
                                                 message = "must be a request id such as A1234567-1-G1") String requestId,
                                         @Valid Receipt receipt) {
        LocalDate receivedOn = receipt == null || receipt.receivedOn() == null ? today.date() : receipt.receivedOn();
        return applications.handle(new ApplicationCommand.RecordGcmsNotesReceived(ApplicationResource.offerNumberOf(applicationId),
                        applicationId, requestId, receivedOn, today.date()), EventMetadata.byActor("requester"))
                .chain(offer -> requesters.ofApplication(applicationId).map(names -> {
                    var request = ApplicationResource.find(offer, applicationId).gcmsRequest(requestId).orElseThrow();
                    return GcmsRequestView.of(request, names.get(requestId), rules.forGcmsRequest(request.request().filedOn()));
                }));
    }

    private Uni<OfferApplications.Application> load(String applicationId) {
        return applications.ofOffer(ApplicationResource.offerNumberOf(applicationId))
                .map(offer -> ApplicationResource.find(offer.state(), applicationId));
    }

    private List<GcmsRequestView> views(OfferApplications.Application application, Map<String, String> names) {
        return application.gcmsRequests().stream()
                .map(r -> GcmsRequestView.of(r, names.get(r.request().requestId()), rules.forGcmsRequest(r.request().filedOn())))
                .toList();
    }
}
