package ca.imp.decisionservice.api;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.decisionservice.application.Applications;
import ca.imp.decisionservice.offers.KnownOffers;
import ca.imp.decisionservice.offers.OfferStanding;

@Path("/offers/{offerNumber}/applications")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
public class OfferApplicationsResource {
    private final Applications applications;
    private final KnownOffers offers;

    OfferApplicationsResource(Applications applications, KnownOffers offers) {
        this.applications = applications;
        this.offers = offers;
    }

    /**
     * @param offerStatus what this service knows of the offer from offer-service's events: UNKNOWN, AWAITING_FEE, READY,
     *                    WITHDRAWN or INVALIDATED
     */
    public record OfferApplicationsView(String offerNumber, OfferStanding.Status offerStatus, List<ApplicationView> applications) {
    }

    @GET
    @Operation(summary = "Every application made with an offer number, oldest first, and whether the offer can serve another")
    public Uni<OfferApplicationsView> list(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX,
            message = OfferNumberFormat.MESSAGE) String offerNumber) {
        return offers.standing(offerNumber).chain(standing -> applications.ofOffer(offerNumber)
                .map(stream -> new OfferApplicationsView(offerNumber,
                        // a decision recorded here ends the number before offer-service's word of it comes back
                        stream.state().closingDecision(applications.invalidation()).isPresent()
                                ? OfferStanding.Status.INVALIDATED : standing.status(),
                        stream.state().applications().stream().map(ApplicationView::of).toList())));
    }
}
