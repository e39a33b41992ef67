package ca.imp.decisionservice.api;

import java.net.URI;

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

import ca.imp.decisionservice.application.ApplicationCommand;
import ca.imp.decisionservice.application.ApplicationError;
import ca.imp.decisionservice.application.Applications;
import ca.imp.decisionservice.application.OfferApplications;
import ca.imp.decisionservice.guidance.NextSteps;
import ca.imp.decisionservice.guidance.NextStepsGuide;
import ca.imp.decisionservice.offers.KnownOffers;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.EventMetadata;

@Path("/applications")
@Tag(name = "Applications", description = "Work permit applications made with an offer number, and the decisions on them")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {
    static final String APPLICATION_ID = "^A\\d{7}-\\d{1,6}$";
    static final String APPLICATION_ID_MESSAGE = "must be an application id such as A1234567-1";

    private final Applications applications;
    private final KnownOffers offers;
    private final NextStepsGuide guide;
    private final Today today;

    ApplicationResource(Applications applications, KnownOffers offers, NextStepsGuide guide, Today today) {
        this.applications = applications;
        this.offers = offers;
        this.guide = guide;
        this.today = today;
    }

    @POST
    @Operation(summary = "Register a work permit application made with an offer number",
            description = "The offer must be known from offer-service's events (a 422 offer-unknown otherwise), paid for or"
                    + " exempt (409 offer-awaiting-fee), not withdrawn (409 offer-withdrawn), not ended by a decision"
                    + " (409 offer-invalidated) and not used by another open application (409 offer-in-use).")
    public Uni<Response> register(@Valid @NotNull(message = "a JSON body is required") RegisterApplicationRequest request) {
        return offers.standing(request.offerNumber())
                .chain(standing -> applications.handle(new ApplicationCommand.RegisterApplication(request.offerNumber(),
                        request.applicantLocation(), request.submittedOn(), standing), EventMetadata.byActor("applicant")))
                .map(offer -> {
                    var registered = offer.open().orElseThrow();
                    return Response.created(URI.create("/applications/" + registered.registration().applicationId()))
                            .entity(ApplicationView.of(registered)).build();
                });
    }

    @GET
    @Path("/{applicationId}")
    @Operation(summary = "An application and its decision")
    public Uni<ApplicationView> get(@PathParam("applicationId") @Pattern(regexp = APPLICATION_ID, message = APPLICATION_ID_MESSAGE)
                                    String applicationId) {
        return applications.ofOffer(offerNumberOf(applicationId))
                .map(offer -> ApplicationView.of(find(offer.state(), applicationId)));
    }

    @POST
    @Path("/{applicationId}/decision")
    @Operation(summary = "Record the officer's decision", description = "One decision per application; repeating the same decision is harmless.")
    public Uni<ApplicationView> decide(@PathParam("applicationId") @Pattern(regexp = APPLICATION_ID, message = APPLICATION_ID_MESSAGE)
                                       String applicationId,
                                       @Valid @NotNull(message = "a JSON body is required") DecisionRequest request) {
        var communicated = request.communicatedDate() == null ? request.decisionDate() : request.communicatedDate();
        return applications.handle(new ApplicationCommand.RenderDecision(offerNumberOf(applicationId), applicationId,
                                request.outcome(), request.decisionDate(), communicated, request.groundsOrNone(),
                                request.factorsOrNone(), today.date()), EventMetadata.byActor("officer"))
                .map(offer -> ApplicationView.of(find(offer, applicationId)));
    }

    @GET
    @Path("/{applicationId}/next-steps")
    @Operation(summary = "What the employer and the worker can do after the decision",
            description = "For a refusal: the options in the order that fits the grounds, the evidence that answers each"
                    + " ground, and the due dates (judicial review, restoration) counted by the same rules deadline-service"
                    + " uses. Information, not legal advice.")
    public Uni<NextSteps> nextSteps(@PathParam("applicationId") @Pattern(regexp = APPLICATION_ID, message = APPLICATION_ID_MESSAGE)
                                    String applicationId) {
        return applications.ofOffer(offerNumberOf(applicationId)).map(offer -> {
            var application = find(offer.state(), applicationId);
            if (application.open()) {
                throw new DomainRejection(new ApplicationError.NoDecisionYet(applicationId));
            }
            return guide.after(application.registration(), application.decision());
        });
    }

    static String offerNumberOf(String applicationId) {
        return applicationId.substring(0, applicationId.indexOf('-'));
    }

    static OfferApplications.Application find(OfferApplications offer, String applicationId) {
        return offer.application(applicationId)
                .orElseThrow(() -> new DomainRejection(new ApplicationError.ApplicationNotFound(applicationId)));
    }
}
