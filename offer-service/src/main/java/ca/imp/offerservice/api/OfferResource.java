package ca.imp.offerservice.api;

import java.math.BigDecimal;
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

import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.offerservice.offer.OfferCommand;
import ca.imp.offerservice.offer.OfferError;
import ca.imp.offerservice.offer.Offers;
import ca.imp.offerservice.reference.ExemptionCodes;
import ca.imp.offerservice.reference.FeeSchedule;
import ca.imp.problem.ProblemException;

@Path("/offers")
@Tag(name = "Offers", description = "Offers of employment, their numbers and their compliance fee")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {
    private static final String EMPLOYER_PORTAL = "employer-portal";

    private final Offers offers;
    private final ExemptionCodes exemptionCodes;
    private final FeeSchedule fees;
    private final Today today;

    OfferResource(Offers offers, ExemptionCodes exemptionCodes, FeeSchedule fees, Today today) {
        this.offers = offers;
        this.exemptionCodes = exemptionCodes;
        this.fees = fees;
        this.today = today;
    }

    @POST
    @Operation(summary = "Submit an offer of employment", description = "Returns the new offer with its unique number (A + 7 digits).")
    public Uni<Response> submit(@Valid @NotNull(message = "a JSON body is required") SubmitOfferRequest request) {
        var code = exemptionCodes.inForce(request.exemptionCode(), request.job().startDate())
                .orElseThrow(() -> ProblemException.badField("exemptionCode", "unknown-exemption-code",
                        "'" + request.exemptionCode() + "' is not an LMIA exemption code in force on the start date "
                                + request.job().startDate() + "; see GET /reference/exemption-codes"));
        var fee = fees.inForceOn(today.date());
        return offers.submit(number -> new OfferCommand.SubmitOffer(number, request.employer().businessNumber(),
                                request.employer().legalName(), request.job().title(), request.job().nocCode(), code.code(),
                                request.job().startDate(), code.feeExempt() ? BigDecimal.ZERO : fee.amount(),
                                fee.currency()),
                        EventMetadata.byActor(EMPLOYER_PORTAL))
                .map(offer -> Response.created(URI.create("/offers/" + offer.offerNumber())).entity(OfferView.of(offer)).build());
    }

    @GET
    @Path("/{offerNumber}")
    @Operation(summary = "An offer and where it stands")
    public Uni<OfferView> get(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                              String offerNumber) {
        return offers.find(offerNumber).map(found -> {
            if (!found.exists()) {
                throw new DomainRejection(new OfferError.OfferNotFound(offerNumber));
            }
            return OfferView.of(found.state());
        });
    }

    @POST
    @Path("/{offerNumber}/fee-payments")
    @Operation(summary = "Record payment of the employer compliance fee", description = "Accepts the exact fee once.")
    public Uni<OfferView> payFee(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                 String offerNumber,
                                 @Valid @NotNull(message = "a JSON body is required") FeePaymentRequest request) {
        var now = today.date();
        var paidOn = request.paidOn() == null ? now : request.paidOn();
        if (paidOn.isAfter(now)) {
            throw ProblemException.badField("paidOn", "not-in-future", "a payment cannot be dated after today (" + now + ")");
        }
        return offers.handle(new OfferCommand.PayFee(offerNumber, request.amount(), request.currency(), paidOn),
                EventMetadata.byActor(EMPLOYER_PORTAL)).map(OfferView::of);
    }
}
