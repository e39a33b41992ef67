package ca.imp.decisionservice.api;

import static ca.imp.access.Role.EMPLOYER_NAME;
import static ca.imp.access.Role.OFFICER_NAME;
import static ca.imp.access.Role.OPS_NAME;
import static ca.imp.access.Role.PARTNER_NAME;
import static ca.imp.access.Role.REPRESENTATIVE_NAME;
import static ca.imp.decisionservice.api.ApplicationResource.APPLICATION_ID;
import static ca.imp.decisionservice.api.ApplicationResource.APPLICATION_ID_MESSAGE;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.eventstore.idempotency.api.IdempotentRequests;
import ca.imp.decisionservice.application.ListGcmsRequests;
import ca.imp.decisionservice.application.RecordGcmsNotesReceipt;
import ca.imp.decisionservice.application.RequestGcmsNotes;
import ca.imp.contract.range.DateRange;
import ca.imp.contract.range.InDateRange;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.paging.api.PageParameters;

@Path("/applications/{applicationId}/gcms-requests")
@Tag(name = "GCMS notes", description = "Access to information requests for the officer's notes on an application")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class GcmsRequestResource {
    private static final String REQUEST_ID = "^A\\d{7}-\\d{1,6}-G\\d{1,6}$";

    private final RequestGcmsNotes requestGcmsNotes;
    private final ListGcmsRequests listGcmsRequests;
    private final RecordGcmsNotesReceipt recordGcmsNotesReceipt;
    private final CurrentCaller caller;
    private final IdempotentRequests idempotent;

    GcmsRequestResource(RequestGcmsNotes requestGcmsNotes, ListGcmsRequests listGcmsRequests,
                        RecordGcmsNotesReceipt recordGcmsNotesReceipt, CurrentCaller caller, IdempotentRequests idempotent) {
        this.requestGcmsNotes = requestGcmsNotes;
        this.listGcmsRequests = listGcmsRequests;
        this.recordGcmsNotesReceipt = recordGcmsNotesReceipt;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    /** @param receivedOn the day the notes arrived; today when omitted */
    public record Receipt(
            @Schema(description = "The day the notes arrived; today when omitted.", example = "2026-07-08")
            @InDateRange(DateRange.PORTAL_ERA) LocalDate receivedOn) {
    }

    @POST
    @RolesAllowed({EMPLOYER_NAME, REPRESENTATIVE_NAME})
    @APIResponse(responseCode = "201", description = "The request, with when its answer is due; Location is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GcmsRequestView.class)),
            headers = @Header(name = "Location", description = "The address of what was created", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "application-not-found: no application has this id, or it is another employer's application.")
    @APIResponse(responseCode = "409", description = "gcms-request-open: a request under the same act still awaits its notes.")
    @APIResponse(responseCode = "422", description = "The request breaks a rule, e.g. a requester outside Canada, or no consent on file for another person's notes.")
    @Operation(operationId = "requestGcmsNotes", summary = "Record an ATIP request for the application's GCMS notes",
            description = "CAD 5 under the Access to Information Act; the Privacy Act (free) only for an applicant in Canada."
                    + " The requester must be in Canada; someone asking for another person's notes needs their signed consent"
                    + " (IMM 5744). deadline-service starts the 30-day response deadline from the event this publishes.")
    public Uni<Response> request(@PathParam("applicationId") @Pattern(regexp = APPLICATION_ID, message = APPLICATION_ID_MESSAGE)
                                 String applicationId,
                                 @RequestBody(description = "The ATIP request: under which act, when, by whom, and whether consent is on file.", required = true)
                                 @Valid @NotNull(message = "a JSON body is required") GcmsNotesRequest request) {
        var requester = request.requester();
        return idempotent.create("requestGcmsNotes", null, Arrays.asList(applicationId, request),
                alsoRecord -> requestGcmsNotes.request(caller.get(), applicationId, request.act(), request.filedOn(), requester.name(),
                        requester.role(), requester.inCanada(), request.consentOnFile(), alsoRecord),
                requested -> Response.created(URI.create(location(applicationId, requested.request().request().requestId())))
                        .entity(GcmsRequestView.of(requested)).build(),
                requestId -> location(applicationId, requestId), requestId -> asItStands(applicationId, requestId));
    }

    private static String location(String applicationId, String requestId) {
        return "/applications/" + applicationId + "/gcms-requests/" + requestId;
    }

    /** An ATIP request as the caller sees it now: what a retried command with the same Idempotency-Key answers. */
    private Uni<GcmsRequestView> asItStands(String applicationId, String requestId) {
        return listGcmsRequests.one(caller.get(), applicationId, requestId).map(GcmsRequestView::of);
    }

    @GET
    @RolesAllowed({EMPLOYER_NAME, REPRESENTATIVE_NAME, OFFICER_NAME, OPS_NAME, PARTNER_NAME})
    @APIResponse(responseCode = "200", description = "A page of the application's requests, oldest first.")
    @APIResponse(responseCode = "404", description = "application-not-found: no application has this id, or it is another employer's application.")
    @Operation(operationId = "listGcmsRequests", summary = "The application's ATIP requests, with when each answer is due",
            description = "The requester's name only for the employer and its representatives.")
    public Uni<Page<GcmsRequestView>> list(@PathParam("applicationId") @Pattern(regexp = APPLICATION_ID,
            message = APPLICATION_ID_MESSAGE) String applicationId, @Valid @BeanParam PageParameters paging) {
        return listGcmsRequests.list(caller.get(), applicationId, paging.page(), paging.size())
                .map(requests -> requests.map(GcmsRequestView::of));
    }

    @POST
    @Path("/{requestId}/receipt")
    @RolesAllowed({EMPLOYER_NAME, REPRESENTATIVE_NAME, OFFICER_NAME})
    @APIResponse(responseCode = "200", description = "The request, with its notes received.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GcmsRequestView.class)))
    @APIResponse(responseCode = "404", description = "application-not-found or gcms-request-not-found: no such application or request, or another employer's.")
    @APIResponse(responseCode = "409", description = "gcms-notes-already-received: the notes were recorded as received already, on another day.")
    @Operation(operationId = "recordGcmsNotesReceipt", summary = "Record that the notes arrived", description = "Closes the GCMS response deadline in deadline-service."
            + " Recording the same day again changes nothing and answers 200 with the request as it now stands.")
    public Uni<GcmsRequestView> received(@PathParam("applicationId") @Pattern(regexp = APPLICATION_ID,
                                                 message = APPLICATION_ID_MESSAGE) String applicationId,
                                         @PathParam("requestId") @Pattern(regexp = REQUEST_ID,
                                                 message = "must be a request id such as A1234567-1-G1") String requestId,
                                         @RequestBody(description = "When the notes arrived; optional, as is the body.")
                                         @Valid Receipt receipt) {
        return idempotent.change("recordGcmsNotesReceipt", null, Arrays.asList(applicationId, requestId, receipt),
                () -> recordGcmsNotesReceipt.record(caller.get(), applicationId, requestId, receipt == null ? null : receipt.receivedOn())
                        .map(GcmsRequestView::of),
                () -> asItStands(applicationId, requestId));
    }
}
