package ca.imp.decisionservice.api;

import static ca.imp.access.Role.EMPLOYER_NAME;
import static ca.imp.access.Role.OFFICER_NAME;
import static ca.imp.access.Role.OPS_NAME;
import static ca.imp.access.Role.PARTNER_NAME;
import static ca.imp.access.Role.REPRESENTATIVE_NAME;

import java.net.URI;
import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;
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
import ca.imp.decisionservice.application.ReadApplication;
import ca.imp.decisionservice.application.RecordDecision;
import ca.imp.decisionservice.application.RegisterApplication;
import ca.imp.decisionservice.guidance.NextSteps;
import ca.imp.decisionservice.guidance.ReadNextSteps;

@Path("/applications")
@Tag(name = "Applications", description = "Work permit applications made with an offer number, and the decisions on them")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {
    static final String APPLICATION_ID = "^A\\d{7}-\\d{1,6}$";
    static final String APPLICATION_ID_MESSAGE = "must be an application id such as A1234567-1";

    private final RegisterApplication registerApplication;
    private final ReadApplication readApplication;
    private final RecordDecision recordDecision;
    private final ReadNextSteps readNextSteps;
    private final CurrentCaller caller;
    private final IdempotentRequests idempotent;

    ApplicationResource(RegisterApplication registerApplication, ReadApplication readApplication, RecordDecision recordDecision,
                        ReadNextSteps readNextSteps, CurrentCaller caller, IdempotentRequests idempotent) {
        this.registerApplication = registerApplication;
        this.readApplication = readApplication;
        this.recordDecision = recordDecision;
        this.readNextSteps = readNextSteps;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed({EMPLOYER_NAME, REPRESENTATIVE_NAME, OFFICER_NAME})
    @APIResponse(responseCode = "201", description = "The application; Location is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)),
            headers = @Header(name = "Location", description = "The address of what was created", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "The same registration was made before (same offer, applicant location and"
            + " submission day as the application that holds the offer or whose decision ended it): nothing changed; the"
            + " application as it now stands, Content-Location its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)),
            headers = @Header(name = "Content-Location", description = "The address of the application", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "offer-awaiting-fee: the offer's fee is not paid yet (or this service has not learnt of the payment yet: retry); offer-withdrawn; offer-invalidated: a decision ended the offer; offer-in-use: another open application uses it (a registration with other facts).")
    @APIResponse(responseCode = "422", description = "offer-unknown: no offer has this number (or this service has not learnt of it yet: retry), or it is another employer's offer.")
    @Operation(operationId = "registerApplication", summary = "Register a work permit application made with an offer number",
            description = "The offer must be known from offer-service's events and be the caller's (a 422 offer-unknown"
                    + " otherwise; officers may use any employer's), paid for or exempt (409 offer-awaiting-fee), not withdrawn"
                    + " (409 offer-withdrawn), not ended by a decision (409 offer-invalidated) and not used by another open"
                    + " application (409 offer-in-use). The application is not submitted before the offer was"
                    + " (422 not-before-offer-submission). Repeating the registration that holds the offer changes nothing"
                    + " and answers 200 with that application.")
    public Uni<Response> register(@RequestBody(description = "The application: the offer number it was made with, where from, and when.", required = true)
                                  @Valid @NotNull(message = "a JSON body is required") RegisterApplicationRequest request) {
        return idempotent.create("registerApplication", null, request,
                alsoRecord -> registerApplication.register(caller.get(), request.offerNumber(), request.applicantLocation(),
                        request.submittedOn(), alsoRecord),
                registered -> {
                    URI application = URI.create(location(registered.application().registration().applicationId()));
                    ApplicationView view = ApplicationView.of(registered.application());
                    // Nothing was created by a repeat: 200 with the application, and where it lives.
                    return registered.created()
                            ? Response.created(application).entity(view).build()
                            : Response.ok(view).contentLocation(application).build();
                },
                ApplicationResource::location, this::asItStands);
    }

    private static String location(String applicationId) {
        return "/applications/" + applicationId;
    }

    /** An application as the caller sees it now: what a retried command with the same Idempotency-Key answers. */
    private Uni<ApplicationView> asItStands(String applicationId) {
        return readApplication.read(caller.get(), applicationId).map(ApplicationView::of);
    }

    @GET
    @Path("/{applicationId}")
    @RolesAllowed({EMPLOYER_NAME, REPRESENTATIVE_NAME, OFFICER_NAME, OPS_NAME, PARTNER_NAME})
    @APIResponse(responseCode = "200", description = "The application and its decision, if any.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "application-not-found: no application has this id, or it is another employer's application.")
    @Operation(operationId = "getApplication", summary = "An application and its decision")
    public Uni<ApplicationView> get(@PathParam("applicationId") @Pattern(regexp = APPLICATION_ID, message = APPLICATION_ID_MESSAGE)
                                    String applicationId) {
        return readApplication.read(caller.get(), applicationId).map(ApplicationView::of);
    }

    @POST
    @Path("/{applicationId}/decision")
    @RolesAllowed(OFFICER_NAME)
    @APIResponse(responseCode = "200", description = "The application with its decision.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "application-not-found: no application has this id, or it is another employer's application.")
    @APIResponse(responseCode = "409", description = "decision-already-rendered: the application has another decision already.")
    @APIResponse(responseCode = "422", description = "The decision breaks a rule, e.g. grounds on an approval, an approval without the permit's last day of validity, or a decision date before the application.")
    @Operation(operationId = "recordDecision", summary = "Record the officer's decision", description = "One decision per application; repeating the same decision is harmless.")
    public Uni<ApplicationView> decide(@PathParam("applicationId") @Pattern(regexp = APPLICATION_ID, message = APPLICATION_ID_MESSAGE)
                                       String applicationId,
                                       @RequestBody(description = "The officer's decision, with the grounds and factors of a refusal.", required = true)
                                       @Valid @NotNull(message = "a JSON body is required") DecisionRequest request) {
        return idempotent.change("recordDecision", null, Arrays.asList(applicationId, request),
                () -> recordDecision.record(caller.get(), applicationId, request.outcome(), request.decidedOn(),
                        request.communicatedOn(), request.groundsOrNone(), request.factorsOrNone(),
                        request.notesCameWithTheLetter(), request.matterArose(), request.permitExpiresOn())
                        .map(ApplicationView::of),
                () -> asItStands(applicationId));
    }

    @GET
    @Path("/{applicationId}/next-steps")
    @RolesAllowed({EMPLOYER_NAME, REPRESENTATIVE_NAME, OFFICER_NAME, OPS_NAME, PARTNER_NAME})
    @APIResponse(responseCode = "200", description = "The next steps after the decision.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NextSteps.class)))
    @APIResponse(responseCode = "404", description = "application-not-found: no application has this id, or it is another employer's application.")
    @APIResponse(responseCode = "409", description = "no-decision-yet: the application has no decision yet.")
    @Operation(operationId = "getNextSteps", summary = "What the employer and the worker can do after the decision",
            description = "For a refusal: the options in the order that fits the grounds, the evidence that answers each"
                    + " ground, and the due dates (judicial review, restoration) counted by the same rules deadline-service"
                    + " uses. Information, not legal advice.")
    public Uni<NextSteps> nextSteps(@PathParam("applicationId") @Pattern(regexp = APPLICATION_ID, message = APPLICATION_ID_MESSAGE)
                                    String applicationId) {
        return readNextSteps.read(caller.get(), applicationId);
    }
}
