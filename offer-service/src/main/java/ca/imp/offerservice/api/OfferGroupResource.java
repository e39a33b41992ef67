package ca.imp.offerservice.api;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.eventstore.idempotency.api.IdempotentRequests;
import ca.imp.offerservice.group.ReadOfferGroup;
import ca.imp.offerservice.group.SubmitOfferGroup;

@Path("/offer-groups")
@Tag(name = "Offers", description = "Offers of employment, their numbers and their compliance fee")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OfferGroupResource {
    private static final String GROUP_ID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    private final CurrentCaller caller;
    private final SubmitOfferGroup submitGroup;
    private final ReadOfferGroup readGroup;
    private final IdempotentRequests idempotent;

    OfferGroupResource(CurrentCaller caller, SubmitOfferGroup submitGroup, ReadOfferGroup readGroup, IdempotentRequests idempotent) {
        this.caller = caller;
        this.submitGroup = submitGroup;
        this.readGroup = readGroup;
        this.idempotent = idempotent;
    }

    @POST
    @APIResponse(responseCode = "201", description = "The group, with its offers, their new numbers and each one's share of the capped fee; Location is its address. A retried submission with the same Idempotency-Key and body answers the same group with Idempotent-Replayed: true.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferGroupView.class)),
            headers = @Header(name = "Location", description = "The address of what was created", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "not-acting-for-employer: the caller does not act for the offers' employer; role-not-allowed: the caller's role may not submit offers.")
    @APIResponse(responseCode = "409", description = "offer-number-taken: a number was issued twice, which never happens twice in a row; submit again.")
    @APIResponse(responseCode = "422", description = "offer-group-too-small: fewer offers than the cap asks for; offer-group-one-employer: the offers name different employers; fee-exemption-in-offer-group: an offer claims a fee exemption; or an offer's terms break a rule.")
    @Operation(operationId = "submitOfferGroup", summary = "Submit offers to performing artists and their staff together, for a capped fee",
            description = "Three or more offers made at the same time to performing artists and their staff pay at most $690 in all"
                    + " (IRCC fee list). All the offers are submitted, or none. Each gets its own number and owes its share of"
                    + " the group's fee, split to the cent (the cents left over on the first offer), paid and refunded as any"
                    + " offer's. Only for an employer the caller acts for.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<Response> submit(@RequestBody(description = "The kind of group, the attestation, and the offers, each as the body of submitOffer.", required = true)
                                @Valid @NotNull(message = "a JSON body is required") OfferGroupRequest request) {
        var drafts = request.offers().stream().map(OfferRequest::draft).toList();
        String employer = drafts.isEmpty() ? null : drafts.get(0).employer().businessNumber();
        return idempotent.create("submitOfferGroup", employer, request,
                alsoRecord -> submitGroup.submit(caller.get(), request.kind(), drafts, alsoRecord),
                group -> Response.created(URI.create(location(group.group().id()))).entity(OfferGroupView.of(group)).build(),
                OfferGroupResource::location, this::asItStands);
    }

    @GET
    @Path("/{groupId}")
    @APIResponse(responseCode = "200", description = "The group and its offers.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferGroupView.class)))
    @APIResponse(responseCode = "404", description = "offer-group-not-found: no group has this id, or it is another employer's group.")
    @Operation(operationId = "getOfferGroup", summary = "A group of offers submitted together, its total fee and where each offer stands")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<OfferGroupView> get(@PathParam("groupId") @Pattern(regexp = GROUP_ID, message = "must be a group id as submitOfferGroup answered it")
                                   String groupId) {
        return readGroup.read(caller.get(), groupId).map(OfferGroupView::of);
    }

    private Uni<OfferGroupView> asItStands(String groupId) {
        return readGroup.read(caller.get(), groupId).map(OfferGroupView::of);
    }

    private static String location(String groupId) {
        return "/offer-groups/" + groupId;
    }
}
