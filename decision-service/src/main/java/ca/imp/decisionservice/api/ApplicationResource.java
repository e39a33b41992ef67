package ca.imp.decisionservice.api;

import static ca.imp.access.Role.EMPLOYER_NAME;
import static ca.imp.access.Role.OFFICER_NAME;
import static ca.imp.access.Role.OPS_NAME;
import static ca.imp.access.Role.PARTNER_NAME;
import static ca.imp.access.Role.REPRESENTATIVE_NAME;

import java.net.URI;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
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

    ApplicationResource(RegisterApplication registerApplication, ReadApplication readApplication, RecordDecision recordDecision,
                        ReadNextSteps readNextSteps, CurrentCaller caller) {
        this.registerApplication = registerApplication;
        this.readApplication = readApplication;
        this.recordDecision = recordDecision;
        this.readNextSteps = readNextSteps;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({EMPLOYER_NAME, REPRESENTATIVE_NAME, OFFICER_NAME})
    @Operation(summary = "Register a work permit application made with an offer number",
            description = "The offer must be known from offer-service's events and be the caller's (a 422 offer-unknown"
                    + " otherwise; officers may use any employer's), paid for or exempt (409 offer-awaiting-fee), not withdrawn"
                    + " (409 offer-withdrawn), not ended by a decision (409 offer-invalidated) and not used by another open"
                    + " application (409 offer-in-use). The application is not submitted before the offer was"
                    + " (422 not-before-offer-submission).")
    public Uni<Response> register(@Valid @NotNull(message = "a JSON body is required") RegisterApplicationRequest request) {
        return registerApplication
                .register(caller.get(), request.offerNumber(), request.applicantLocation(), request.submittedOn())
                .map(registered -> Response.created(URI.create("/applications/" + registered.registration().applicationId()))
                        .entity(ApplicationView.of(registered)).build());
    }

    @GET
    @Path("/{applicationId}")
    @RolesAllowed({EMPLOYER_NAME, REPRESENTATIVE_NAME, OFFICER_NAME, OPS_NAME, PARTNER_NAME})
    @Operation(summary = "An application and its decision")
    public Uni<ApplicationView> get(@PathParam("applicationId") @Pattern(regexp = APPLICATION_ID, message = APPLICATION_ID_MESSAGE)
                                    String applicationId) {
        return readApplication.read(caller.get(), applicationId).map(ApplicationView::of);
    }

    @POST
    @Path("/{applicationId}/decision")
    @RolesAllowed(OFFICER_NAME)
    @Operation(summary = "Record the officer's decision", description = "One decision per application; repeating the same decision is harmless.")
    public Uni<ApplicationView> decide(@PathParam("applicationId") @Pattern(regexp = APPLICATION_ID, message = APPLICATION_ID_MESSAGE)
                                       String applicationId,
                                       @Valid @NotNull(message = "a JSON body is required") DecisionRequest request) {
        return recordDecision.record(caller.get(), applicationId, request.outcome(), request.decisionDate(),
                request.communicatedDate(), request.groundsOrNone(), request.factorsOrNone()).map(ApplicationView::of);
    }

    @GET
    @Path("/{applicationId}/next-steps")
    @RolesAllowed({EMPLOYER_NAME, REPRESENTATIVE_NAME, OFFICER_NAME, OPS_NAME, PARTNER_NAME})
    @Operation(summary = "What the employer and the worker can do after the decision",
            description = "For a refusal: the options in the order that fits the grounds, the evidence that answers each"
                    + " ground, and the due dates (judicial review, restoration) counted by the same rules deadline-service"
                    + " uses. Information, not legal advice.")
    public Uni<NextSteps> nextSteps(@PathParam("applicationId") @Pattern(regexp = APPLICATION_ID, message = APPLICATION_ID_MESSAGE)
                                    String applicationId) {
        return readNextSteps.read(caller.get(), applicationId);
    }
}
