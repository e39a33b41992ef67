package ca.imp.decisionservice.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.paging.api.PageParameters;
import ca.imp.decisionservice.reconciliation.ListOfferFacts;
import ca.imp.decisionservice.reconciliation.OfferFacts;
import ca.imp.decisionservice.reconciliation.ReadOfferFacts;

/** What decision-service holds about offers, for operators reconciling it with the other services (deploy/reconcile). */
@Path("/ops")
@Tag(name = "Reconciliation")
@Produces(MediaType.APPLICATION_JSON)
public class OfferFactsResource {
    /** The page itself has the one shape of every list; where in the log it was read travels beside it. */
    static final String LOG_POSITION = "Log-Position";

    private final ReadOfferFacts readFacts;
    private final ListOfferFacts listFacts;
    private final CurrentCaller caller;

    OfferFactsResource(ReadOfferFacts readFacts, ListOfferFacts listFacts, CurrentCaller caller) {
        this.readFacts = readFacts;
        this.listFacts = listFacts;
        this.caller = caller;
    }

    @GET
    @Path("/offers/{offerNumber}/facts")
    @RolesAllowed(Role.OPS_NAME)
    @Operation(operationId = "getOfferFacts", summary = "What decision-service holds about an offer",
            description = "Its applications with their decisions (outcome and date), and the offer's standing as decision-service learnt"
                    + " it from offer-service (and by which application it was invalidated). An offer without applications lists none.")
    public Uni<OfferFacts> facts(
            @PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
            String offerNumber) {
        caller.get();
        return readFacts.read(offerNumber);
    }

    @GET
    @Path("/offer-facts")
    @RolesAllowed(Role.OPS_NAME)
    @Operation(operationId = "listOfferFacts", summary = "The facts of every offer changed after a position, by offer number",
            description = "since: a position of decision-service's event log (0 for every offer); each page answers the log's"
                    + " position when read in the Log-Position header, the since of the next reconciliation.")
    @APIResponse(responseCode = "200", description = "A page of offers' facts, by offer number.",
            headers = @Header(name = LOG_POSITION, description = "The log's position when read: the since of the next reconciliation.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")))
    public Uni<RestResponse<Page<OfferFacts>>> list(
            @QueryParam("since") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") long since,
            @Valid @BeanParam PageParameters paging) {
        caller.get();
        return listFacts.list(since, paging.page(), paging.size())
                .map(listed -> RestResponse.ResponseBuilder.ok(listed.facts()).header(LOG_POSITION, listed.position()).build());
    }
}
