package ca.imp.offerservice.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.contract.range.PlainText;
import ca.imp.offerservice.offer.PayFee;
import ca.imp.offerservice.offer.ReadOffer;
import ca.imp.offerservice.offer.ReadOfferHistory;
import ca.imp.offerservice.offer.RecordRefund;
import ca.imp.offerservice.offer.ResubmitOffer;
import ca.imp.offerservice.offer.SeenOffer;
import ca.imp.offerservice.offer.SubmitOffer;
import ca.imp.offerservice.offer.WithdrawOffer;

@Path("/offers")
@Tag(name = "Offers", description = "Offers of employment, their numbers and their compliance fee")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {
    private final CurrentCaller caller;
    private final SubmitOffer submitOffer;
    private final ResubmitOffer resubmitOffer;
    private final ReadOffer readOffer;
    private final ReadOfferHistory readHistory;
    private final PayFee payFee;
    private final WithdrawOffer withdrawOffer;
    private final RecordRefund recordRefund;

    OfferResource(CurrentCaller caller, SubmitOffer submitOffer, ResubmitOffer resubmitOffer, ReadOffer readOffer,
                  ReadOfferHistory readHistory, PayFee payFee, WithdrawOffer withdrawOffer, RecordRefund recordRefund) {
        this.caller = caller;
        this.submitOffer = submitOffer;
        this.resubmitOffer = resubmitOffer;
        this.readOffer = readOffer;
        this.readHistory = readHistory;
        this.payFee = payFee;
        this.withdrawOffer = withdrawOffer;
        this.recordRefund = recordRefund;
    }

    @POST
    @Operation(summary = "Submit an offer of employment", description = "Returns the new offer with its unique number (A + 7 digits)."
            + " Only for an employer the caller acts for.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<Response> submit(@Valid @NotNull(message = "a JSON body is required") OfferRequest request,
                                @Parameter(description = "Makes a retried submission safe: the same key and body return the same"
                                        + " offer; the same key with another body is refused. Keys are the employer's own.")
                                @HeaderParam("Idempotency-Key")
                                @Size(min = 1, max = 255, message = "must be 1 to 255 characters") @PlainText String idempotencyKey) {
        return submitOffer.submit(caller.get(), request.draft(), idempotencyKey).map(submitted -> {
            var response = created(submitted.offer());
            return (submitted.replayed() ? response.header("Idempotent-Replayed", "true") : response).build();
        });
    }

    @POST
    @Path("/{offerNumber}/resubmissions")
    @Operation(summary = "Try again with a new offer after a decision or a withdrawal ended this one",
            description = "The new offer gets a new number and a new fee. It is prefilled from this one; the body is a JSON Merge"
                    + " Patch (RFC 7396) of what differs, e.g. {\"job\": {\"wage\": {\"amount\": 52.00}}}. Both offers link to each other.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<Response> resubmit(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                  String offerNumber,
                                  JsonNode changes) {
        return resubmitOffer.resubmit(caller.get(), offerNumber, changes).map(offer -> created(offer).build());
    }

    private static Response.ResponseBuilder created(SeenOffer offer) {
        return Response.created(URI.create("/offers/" + offer.offer().offerNumber())).entity(OfferView.of(offer));
    }

    @GET
    @Path("/{offerNumber}")
    @Operation(summary = "An offer and where it stands",
            description = "The worker and the employer's contact are shown only to callers who act for the offer's employer.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OFFICER_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Uni<OfferView> get(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                              String offerNumber) {
        return readOffer.read(caller.get(), offerNumber).map(OfferView::of);
    }

    @GET
    @Path("/{offerNumber}/history")
    @Operation(summary = "Every event of the offer, with its time, actor and correlation id",
            description = "The record an inspection asks for: employers keep it 6 years (IRPR 209.5). Holds no personal data.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Uni<List<HistoryEntry>> history(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                           String offerNumber) {
        return readHistory.read(caller.get(), offerNumber).map(events -> events.stream().map(HistoryEntry::of).toList());
    }

    @POST
    @Path("/{offerNumber}/fee-payments")
    @Operation(summary = "Record payment of the employer compliance fee", description = "Accepts the exact fee once.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<OfferView> payFee(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                 String offerNumber,
                                 @Valid @NotNull(message = "a JSON body is required") FeePaymentRequest request) {
        return payFee.pay(caller.get(), offerNumber, request.amount(), request.currency(), request.paidOn()).map(OfferView::of);
    }

    @POST
    @Path("/{offerNumber}/withdrawal")
    @Operation(summary = "Withdraw an offer that has no decision yet",
            description = "The number is dead afterwards, as after a decision; a paid fee becomes refundable.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<OfferView> withdraw(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                   String offerNumber,
                                   @Valid WithdrawalRequest request) {
        return withdrawOffer.withdraw(caller.get(), offerNumber, request == null ? null : request.reason(),
                request == null ? null : request.withdrawnOn()).map(OfferView::of);
    }

    @POST
    @Path("/{offerNumber}/fee-refunds")
    @Operation(summary = "Record the refund of the compliance fee", description = "Only for a fee that is owed back, once.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<OfferView> recordRefund(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                       String offerNumber,
                                       @Valid @NotNull(message = "a JSON body is required") RefundRequest request) {
        return recordRefund.record(caller.get(), offerNumber, request.amount(), request.currency(), request.refundedOn())
                .map(OfferView::of);
    }
}
