package ca.imp.decisionservice.api;

import static ca.imp.access.Role.EMPLOYER_NAME;
import static ca.imp.access.Role.OFFICER_NAME;
import static ca.imp.access.Role.OPS_NAME;
import static ca.imp.access.Role.PARTNER_NAME;
import static ca.imp.access.Role.REPRESENTATIVE_NAME;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.contract.offer.OfferStatus;
import ca.imp.decisionservice.application.ListOfferApplications;

@Path("/offers/{offerNumber}/applications")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
public class OfferApplicationsResource {
    private final ListOfferApplications listOfferApplications;
    private final CurrentCaller caller;

    OfferApplicationsResource(ListOfferApplications listOfferApplications, CurrentCaller caller) {
        this.listOfferApplications = listOfferApplications;
        this.caller = caller;
    }

    /**
     * @param offerStatus what this service knows of the offer: from offer-service's events, and from the applications and
     *                    decisions recorded here
     */
    public record OfferApplicationsView(
            @Schema(description = "The offer's number.", example = "A8108406")
            String offerNumber,
            @Schema(description = "Where the offer stands as this service knows it: from offer-service's events, and from the"
                    + " applications and decisions recorded here (IN_USE while one awaits its decision; once the number can no"
                    + " longer be used, the outcome that ended it).", example = "REFUSED")
            OfferStatus offerStatus,
            @Schema(description = "Every application made with the offer, oldest first.")
            List<ApplicationView> applications) {
    }

    @GET
    @RolesAllowed({EMPLOYER_NAME, REPRESENTATIVE_NAME, OFFICER_NAME, OPS_NAME, PARTNER_NAME})
    @APIResponse(responseCode = "200", description = "The offer's applications.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferApplicationsView.class)))
    @APIResponse(responseCode = "404", description = "offer-not-found: this service does not know the offer (yet), or it is another employer's.")
    @Operation(operationId = "listOfferApplications", summary = "Every application made with an offer number, oldest first, and whether the offer can serve another",
            description = "An offer this service does not know yet (its OfferSubmitted has not arrived), or another"
                    + " employer's, is a 404 offer-not-found.")
    public Uni<OfferApplicationsView> list(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX,
            message = OfferNumberFormat.MESSAGE) String offerNumber) {
        return listOfferApplications.list(caller.get(), offerNumber).map(list -> new OfferApplicationsView(list.offerNumber(),
                list.offerStatus(), list.applications().stream().map(ApplicationView::of).toList()));
    }
}
