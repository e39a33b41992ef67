package ca.imp.offerservice.api;

import java.net.URI;
import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.eventstore.idempotency.api.IdempotentRequests;
import ca.imp.contract.range.PlainText;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.paging.api.PageParameters;
import ca.imp.offerservice.offer.ExtendOffer;
import ca.imp.offerservice.offer.PayFee;
import ca.imp.offerservice.offer.ReadOfferChain;
import ca.imp.offerservice.offer.ReadOffer;
import ca.imp.offerservice.offer.ReadOfferHistory;
import ca.imp.offerservice.offer.RecordEmploymentStart;
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
    /** RFC 7396: the media type of a JSON Merge Patch. */
    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final CurrentCaller caller;
    private final SubmitOffer submitOffer;
    private final ResubmitOffer resubmitOffer;
    private final ExtendOffer extendOffer;
    private final ReadOfferChain readChain;
    private final ReadOffer readOffer;
    private final ReadOfferHistory readHistory;
    private final PayFee payFee;
    private final WithdrawOffer withdrawOffer;
    private final RecordRefund recordRefund;
    private final RecordEmploymentStart recordEmploymentStart;
    private final IdempotentRequests idempotent;

    OfferResource(CurrentCaller caller, SubmitOffer submitOffer, ResubmitOffer resubmitOffer, ExtendOffer extendOffer,
                  ReadOfferChain readChain, ReadOffer readOffer, ReadOfferHistory readHistory, PayFee payFee,
                  WithdrawOffer withdrawOffer, RecordRefund recordRefund, RecordEmploymentStart recordEmploymentStart,
                  IdempotentRequests idempotent) {
        this.caller = caller;
        this.submitOffer = submitOffer;
        this.resubmitOffer = resubmitOffer;
        this.extendOffer = extendOffer;
        this.readChain = readChain;
        this.readOffer = readOffer;
        this.readHistory = readHistory;
        this.payFee = payFee;
        this.withdrawOffer = withdrawOffer;
        this.recordRefund = recordRefund;
        this.recordEmploymentStart = recordEmploymentStart;
        this.idempotent = idempotent;
    }

    @POST
    @APIResponse(responseCode = "201", description = "The offer, with its new number; Location is its address. A retried submission with the same Idempotency-Key and body answers the same offer with Idempotent-Replayed: true.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)),
            headers = @Header(name = "Location", description = "The address of what was created", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "not-acting-for-employer: the caller does not act for employer.businessNumber; role-not-allowed: the caller's role may not submit offers.")
    @APIResponse(responseCode = "409", description = "offer-number-taken: a number was issued twice, which never happens twice in a row; submit again.")
    @APIResponse(responseCode = "422", description = "The terms break a rule (e.g. exemption-code-not-in-force: an exemption code IRCC retired, and the codes that replaced it).")
    @Operation(operationId = "submitOffer", summary = "Submit an offer of employment", description = "Returns the new offer with its unique number (A + 7 digits)."
            + " Only for an employer the caller acts for.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<Response> submit(@RequestBody(description = "The offer: the employer and its contact, the worker, the job, and the LMIA exemption code.", required = true)
                                @Valid @NotNull(message = "a JSON body is required") OfferRequest request) {
        var draft = request.draft();
        return idempotent.create("submitOffer", draft.employer().businessNumber(), draft,
                alsoRecord -> submitOffer.submit(caller.get(), draft, alsoRecord), offer -> created(offer).build(),
                OfferResource::location, this::asItStands);
    }

    @POST
    @Path("/{offerNumber}/resubmissions")
    @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "201", description = "The new offer, with its new number; Location is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)),
            headers = @Header(name = "Location", description = "The address of what was created", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "offer-not-found: no offer has this number, or it is another employer's offer.")
    @APIResponse(responseCode = "409", description = "only-invalidated-offers-resubmit: the offer is still valid; already-resubmitted: it was resubmitted already.")
    @APIResponse(responseCode = "422", description = "resubmission-keeps-employer: a resubmission cannot change the employer; or the merged terms break a rule.")
    @Operation(operationId = "resubmitOffer", summary = "Try again with a new offer after a decision or a withdrawal ended this one",
            description = "The new offer gets a new number and a new fee. It is prefilled from this one; the body is a JSON Merge"
                    + " Patch (RFC 7396) of what differs, in the names of the body of submitOffer, e.g. {\"job\": {\"wage\":"
                    + " {\"amount\": 52.00}}}, sent as application/merge-patch+json (application/json is read the same)."
                    + " Both offers link to each other.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<Response> resubmit(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                  String offerNumber,
                                  @RequestBody(description = "A JSON Merge Patch (RFC 7396) of the offer as submitted (the body of submitOffer):"
                                          + " only what differs; null removes an optional field.", required = true,
                                          content = {
                                                  @Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(type = SchemaType.OBJECT,
                                                          example = "{\"job\": {\"wage\": {\"amount\": 52.00}}}")),
                                                  @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                                                          example = "{\"job\": {\"wage\": {\"amount\": 52.00}}}"))})
                                  JsonNode changes) {
        return idempotent.create("resubmitOffer", null, Arrays.asList(offerNumber, changes),
                alsoRecord -> resubmitOffer.resubmit(caller.get(), offerNumber, changes, alsoRecord), offer -> created(offer).build(),
                OfferResource::location, this::asItStands);
    }

    @POST
    @Path("/{offerNumber}/extensions")
    @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "201", description = "The new offer, with its new number and its own fee; Location is its address."
            + " A retried extension with the same Idempotency-Key and body answers the same offer with Idempotent-Replayed: true.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)),
            headers = @Header(name = "Location", description = "The address of what was created", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "offer-not-found: no offer has this number, or it is another employer's offer.")
    @APIResponse(responseCode = "409", description = "extension-needs-approval: no work permit was approved with the offer (offerStatus says where it stands); already-extended: its latest extension (extendedAs) is under way, approved, or tried again as a resubmission.")
    @APIResponse(responseCode = "422", description = "extension-keeps-employer: an extension cannot change the employer; or the merged terms break a rule.")
    @Operation(operationId = "extendOffer", summary = "Make the new offer that keeps the worker of an approved offer on after the permit",
            description = "An extension needs a new offer and a new fee (IRPR 303.1(1)(c)): the new offer gets a new number and the fee"
                    + " in force today, or none if it claims a fee-exempt program. It is prefilled from the approved offer; the body"
                    + " is a JSON Merge Patch (RFC 7396) of what differs, in the names of the body of submitOffer, e.g. {\"job\":"
                    + " {\"endsOn\": \"2030-08-31\"}}, sent as application/merge-patch+json (application/json is read the same)."
                    + " Both offers link to each other (getOfferChain). The worker must apply for the extension before the permit"
                    + " expires to stay on maintained status; the offer itself can be made any time. One extension is under way at"
                    + " a time: another is made only once the latest ended without a permit.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<Response> extend(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                String offerNumber,
                                @RequestBody(description = "A JSON Merge Patch (RFC 7396) of the approved offer as submitted (the body of"
                                        + " submitOffer): only what differs; null removes an optional field.", required = true,
                                        content = {
                                                @Content(mediaType = MERGE_PATCH_JSON, schema = @Schema(type = SchemaType.OBJECT,
                                                        example = "{\"job\": {\"endsOn\": \"2030-08-31\"}}")),
                                                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                                                        example = "{\"job\": {\"endsOn\": \"2030-08-31\"}}"))})
                                JsonNode changes) {
        return idempotent.create("extendOffer", null, Arrays.asList(offerNumber, changes),
                alsoRecord -> extendOffer.extend(caller.get(), offerNumber, changes, alsoRecord), offer -> created(offer).build(),
                OfferResource::location, this::asItStands);
    }

    @GET
    @Path("/{offerNumber}/chain")
    @APIResponse(responseCode = "200", description = "A page of the chain's offers, oldest first.")
    @APIResponse(responseCode = "404", description = "offer-not-found: no offer has this number, or it is another employer's offer.")
    @Operation(operationId = "getOfferChain", summary = "The chain of offers for one worker: the original, its resubmissions and extensions",
            description = "Read from any offer of the chain: every offer from the original on, oldest first, each with how it"
                    + " follows an earlier one, the day it was submitted, what ended it and its own fee. Holds no personal data.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Uni<Page<ChainEntry>> chain(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                       String offerNumber, @Valid @BeanParam PageParameters paging) {
        return readChain.read(caller.get(), offerNumber, paging.page(), paging.size()).map(links -> links.map(ChainEntry::of));
    }

    private static Response.ResponseBuilder created(SeenOffer offer) {
        return Response.created(URI.create(location(offer.offer().offerNumber()))).entity(OfferView.of(offer));
    }

    private static String location(String offerNumber) {
        return "/offers/" + offerNumber;
    }

    /** An offer as the caller sees it now: what a retried command with the same Idempotency-Key answers. */
    private Uni<OfferView> asItStands(String offerNumber) {
        return readOffer.read(caller.get(), offerNumber).map(OfferView::of);
    }

    @GET
    @Path("/{offerNumber}")
    @APIResponse(responseCode = "200", description = "The offer.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "404", description = "offer-not-found: no offer has this number, or it is another employer's offer.")
    @Operation(operationId = "getOffer", summary = "An offer and where it stands",
            description = "The worker and the employer's contact are shown only to callers who act for the offer's employer.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OFFICER_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Uni<OfferView> get(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                              String offerNumber) {
        return readOffer.read(caller.get(), offerNumber).map(OfferView::of);
    }

    @GET
    @Path("/{offerNumber}/history")
    @APIResponse(responseCode = "200", description = "A page of the offer's events, oldest first.")
    @APIResponse(responseCode = "404", description = "offer-not-found: no offer has this number, or it is another employer's offer.")
    @Operation(operationId = "getOfferHistory", summary = "Every event of the offer, with its time, actor and correlation id",
            description = "The record an inspection asks for: employers keep it 6 years (IRPR 209.2(1)(b)). Holds no personal data.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Uni<Page<HistoryEntry>> history(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                           String offerNumber, @Valid @BeanParam PageParameters paging) {
        return readHistory.read(caller.get(), offerNumber, paging.page(), paging.size()).map(events -> events.map(HistoryEntry::of));
    }

    @POST
    @Path("/{offerNumber}/fee-payments")
    @APIResponse(responseCode = "200", description = "The offer, now READY with its fee paid.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "404", description = "offer-not-found: no offer has this number, or it is another employer's offer.")
    @APIResponse(responseCode = "409", description = "offer-invalidated: a decision or a withdrawal ended the offer (the problem says which, and where to resubmit); fee-already-paid: another payment (amount, currency or day) was recorded, which the problem gives; fee-exempt: its exemption code exempts it from the fee.")
    @APIResponse(responseCode = "422", description = "fee-amount: the amount or currency is not the fee due.")
    @Operation(operationId = "payFee", summary = "Record payment of the employer compliance fee", description = "Accepts the exact fee once. Repeating the payment recorded (same amount, currency and"
                    + " day paid) changes nothing and answers 200 with the offer as it now stands.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<OfferView> payFee(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                 String offerNumber,
                                 @RequestBody(description = "The payment of the fee: exactly the fee due.", required = true)
                                 @Valid @NotNull(message = "a JSON body is required") FeePaymentRequest request) {
        return idempotent.change("payFee", null, Arrays.asList(offerNumber, request),
                () -> payFee.pay(caller.get(), offerNumber, request.amount(), request.currency(), request.paidOn()).map(OfferView::of),
                () -> asItStands(offerNumber));
    }

    @POST
    @Path("/{offerNumber}/withdrawal")
    @APIResponse(responseCode = "200", description = "The offer, now withdrawn.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "404", description = "offer-not-found: no offer has this number, or it is another employer's offer.")
    @APIResponse(responseCode = "409", description = "offer-invalidated: a decision other than the applicant's own withdrawal, or an earlier withdrawal on another day or for another reason, already ended the offer; or an application awaiting its decision uses it.")
    @Operation(operationId = "withdrawOffer", summary = "Withdraw an offer that has no decision yet, or whose application the applicant withdrew",
            description = "The number is dead afterwards, as after a decision; a paid fee becomes refundable (IRPR 303.1(6))."
                    + " After the applicant's own withdrawal of the application, which refunds nothing, this is how the"
                    + " employer recovers the fee. Repeating the"
                    + " withdrawal recorded (same day and reason) changes nothing and answers 200 with the offer as it now stands.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<OfferView> withdraw(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                   String offerNumber,
                                   @RequestBody(description = "Why and when the employer withdraws the offer; both optional, as is the body.")
                                   @Valid WithdrawalRequest request) {
        return idempotent.change("withdrawOffer", null, Arrays.asList(offerNumber, request),
                () -> withdrawOffer.withdraw(caller.get(), offerNumber, request == null ? null : request.reason(),
                        request == null ? null : request.withdrawnOn()).map(OfferView::of),
                () -> asItStands(offerNumber));
    }

    @POST
    @Path("/{offerNumber}/fee-refunds")
    @APIResponse(responseCode = "200", description = "The offer, its fee now refunded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "404", description = "offer-not-found: no offer has this number, or it is another employer's offer.")
    @APIResponse(responseCode = "409", description = "no-refund-owed: no refund of the fee is owed; refund-already-recorded: another refund (amount, currency or day) was recorded.")
    @APIResponse(responseCode = "422", description = "fee-amount: the amount or currency is not the fee owed back.")
    @Operation(operationId = "recordFeeRefund", summary = "Record the refund of the compliance fee", description = "Only for a fee that is owed back, once. Repeating the refund"
                    + " recorded (same amount, currency and day) changes nothing and answers 200 with the offer as it now stands.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<OfferView> recordRefund(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                       String offerNumber,
                                       @RequestBody(description = "The refund as received: exactly the fee owed back.", required = true)
                                       @Valid @NotNull(message = "a JSON body is required") RefundRequest request) {
        return idempotent.change("recordFeeRefund", null, Arrays.asList(offerNumber, request),
                () -> recordRefund.record(caller.get(), offerNumber, request.amount(), request.currency(), request.refundedOn())
                        .map(OfferView::of),
                () -> asItStands(offerNumber));
    }

    @POST
    @Path("/{offerNumber}/employment-start")
    @APIResponse(responseCode = "200", description = "The offer, with the worker's first day of employment.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "404", description = "offer-not-found: no offer has this number, or it is another employer's offer.")
    @APIResponse(responseCode = "409", description = "offer-not-approved: no work permit was approved with the offer (offerStatus says where it stands); employment-start-already-recorded: another first day was recorded.")
    @APIResponse(responseCode = "422", description = "not-before-approval: the first day is before the approval.")
    @Operation(operationId = "recordEmploymentStart", summary = "Record the worker's first day of employment",
            description = "Only on an approved offer, once: the employer's records are kept 6 years from this day"
                    + " (IRPR 209.2(1)(b)), and the record retention deadline moves to it. Repeating the day recorded"
                    + " changes nothing and answers 200 with the offer as it now stands.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<OfferView> recordEmploymentStart(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                                String offerNumber,
                                                @RequestBody(description = "The first day of employment; optional, as is the body (today).")
                                                @Valid EmploymentStartRequest request) {
        return idempotent.change("recordEmploymentStart", null, Arrays.asList(offerNumber, request),
                () -> recordEmploymentStart.record(caller.get(), offerNumber, request == null ? null : request.startedOn())
                        .map(OfferView::of),
                () -> asItStands(offerNumber));
    }
}
