package ca.imp.decisionservice.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.decisionservice.reconciliation.ListOfferFacts;
import ca.imp.decisionservice.reconciliation.OfferFacts;
import ca.imp.decisionservice.reconciliation.ReadOfferFacts;

/** What decision-service holds about offers, for operators reconciling it with the other services (deploy/reconcile). */
@Path("/ops")
@Tag(name = "Reconciliation")
@Produces(MediaType.APPLICATION_JSON)
public class OfferFactsResource {
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
                    + " position when read, the since of the next reconciliation.")
    public Uni<OfferFacts.Page> list(
            @QueryParam("since") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") long since,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more")
            @Max(value = 1_000_000, message = "must be at most 1000000") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be 1 or more")
            @Max(value = 200, message = "must be at most 200") int size) {
        caller.get();
        return listFacts.list(since, page, size);
    }
}
