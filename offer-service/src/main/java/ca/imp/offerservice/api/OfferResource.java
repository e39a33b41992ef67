package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

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
import ca.imp.offerservice.worker.WorkerRecords;
import ca.imp.problem.ProblemException;

@Path("/offers")
@Tag(name = "Offers", description = "Offers of employment, their numbers and their compliance fee")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {
    private static final String EMPLOYER_PORTAL = "employer-portal";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Offers offers;
    private final ExemptionCodes exemptionCodes;
    private final FeeSchedule fees;
    private final Today today;
    private final WorkerRecords workers;

    OfferResource(Offers offers, ExemptionCodes exemptionCodes, FeeSchedule fees, Today today, WorkerRecords workers) {
        this.offers = offers;
        this.exemptionCodes = exemptionCodes;
        this.fees = fees;
        this.today = today;
        this.workers = workers;
    }

    private static void requireCountry(String field, String code) {
        if (!COUNTRIES.contains(code)) {
            throw ProblemException.badField(field, "unknown-country", "'" + code + "' is not an ISO 3166 country code");
        }
    }

    @POST
    @Operation(summary = "Submit an offer of employment", description = "Returns the new offer with its unique number (A + 7 digits).")
    public Uni<Response> submit(@Valid @NotNull(message = "a JSON body is required") SubmitOfferRequest request) {
        var code = exemptionCodes.inForce(request.exemptionCode(), request.job().startDate())
                .orElseThrow(() -> ProblemException.badField("exemptionCode", "unknown-exemption-code",
                        "'" + request.exemptionCode() + "' is not an LMIA exemption code in force on the start date "
                                + request.job().startDate() + "; see GET /reference/exemption-codes"));
        requireCountry("worker.countryOfCitizenship", request.worker().countryOfCitizenship());
        requireCountry("worker.countryOfResidence", request.worker().countryOfResidence());
        var fee = fees.inForceOn(today.date());
        return offers.submit(number -> new OfferCommand.SubmitOffer(number, request.terms(),
                                code.feeExempt() ? BigDecimal.ZERO : fee.amount(), fee.currency()),
                        request.worker(), EventMetadata.byActor(EMPLOYER_PORTAL))
                .map(offer -> Response.created(URI.create("/offers/" + offer.offerNumber()))
                        .entity(OfferView.of(offer, request.worker())).build());
    }

    @GET
    @Path("/{offerNumber}")
    @Operation(summary = "An offer and where it stands")
    public Uni<OfferView> get(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                              String offerNumber) {
        return offers.find(offerNumber).chain(found -> {
            if (!found.exists()) {
                throw new DomainRejection(new OfferError.OfferNotFound(offerNumber));
            }
            return workers.find(offerNumber).map(worker -> OfferView.of(found.state(), worker.orElse(null)));
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
                        EventMetadata.byActor(EMPLOYER_PORTAL))
                .chain(offer -> workers.find(offerNumber).map(worker -> OfferView.of(offer, worker.orElse(null))));
    }
}
