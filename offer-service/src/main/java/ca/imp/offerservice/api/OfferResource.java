package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import ca.imp.contract.EventJson;
import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.EventMetadata;
import ca.imp.offerservice.idempotency.IdempotencyKeys;
import ca.imp.offerservice.offer.Offer;
import ca.imp.offerservice.offer.OfferCommand;
import ca.imp.offerservice.offer.OfferError;
import ca.imp.offerservice.offer.Offers;
import ca.imp.offerservice.offer.RefundFollowUp;
import ca.imp.offerservice.reference.ExemptionCodes;
import ca.imp.offerservice.reference.FeeSchedule;
import ca.imp.offerservice.worker.Worker;
import ca.imp.offerservice.worker.WorkerRecords;
import ca.imp.problem.Problem;
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
    private final RefundFollowUp refundFollowUp;
    private final ObjectMapper json;
    private final Validator validator;
    private final IdempotencyKeys idempotencyKeys;

    OfferResource(Offers offers, ExemptionCodes exemptionCodes, FeeSchedule fees, Today today, WorkerRecords workers,
                  RefundFollowUp refundFollowUp, ObjectMapper json, Validator validator, IdempotencyKeys idempotencyKeys) {
        this.idempotencyKeys = idempotencyKeys;
        this.refundFollowUp = refundFollowUp;
        this.json = json;
        this.validator = validator;
        this.offers = offers;
        this.exemptionCodes = exemptionCodes;
        this.fees = fees;
        this.today = today;
        this.workers = workers;
    }

    private ExemptionCodes.ExemptionCode codeInForce(SubmitOfferRequest request) {
        return exemptionCodes.inForce(request.exemptionCode(), request.job().startDate())
                .orElseThrow(() -> ProblemException.badField("exemptionCode", "unknown-exemption-code",
                        "'" + request.exemptionCode() + "' is not an LMIA exemption code in force on the start date "
                                + request.job().startDate() + "; see GET /reference/exemption-codes"));
    }

    private static void requireCountry(String field, String code) {
        if (!COUNTRIES.contains(code)) {
            throw ProblemException.badField(field, "unknown-country", "'" + code + "' is not an ISO 3166 country code");
        }
    }

    @POST
    @Operation(summary = "Submit an offer of employment", description = "Returns the new offer with its unique number (A + 7 digits).")
    public Uni<Response> submit(@Valid @NotNull(message = "a JSON body is required") SubmitOfferRequest request,
                                @Parameter(description = "Makes a retried submission safe: the same key and body return the same"
                                        + " offer; the same key with another body is refused.")
                                @HeaderParam("Idempotency-Key")
                                @Size(min = 1, max = 255, message = "must be 1 to 255 characters") String idempotencyKey) {
        if (idempotencyKey == null) {
            return submitNew(request, null, (tx, number) -> Uni.createFrom().voidItem());
        }
        String fingerprint = fingerprint(request);
        return idempotencyKeys.find(idempotencyKey).chain(claimed -> claimed.isPresent()
                ? replay(claimed.get(), fingerprint)
                : submitNew(request, null, (tx, number) -> idempotencyKeys.claim(tx, idempotencyKey, fingerprint, number))
                        .onFailure(IdempotencyKeys.KeyTaken.class).recoverWithUni(() -> idempotencyKeys.find(idempotencyKey)
                                .chain(raced -> replay(raced.orElseThrow(), fingerprint))));
    }

    /** The offer an earlier submission with the same key created, if the body is the same too. */
    private Uni<Response> replay(IdempotencyKeys.Claim claim, String fingerprint) {
        if (!claim.fingerprint().equals(fingerprint)) {
            return Uni.createFrom().failure(new ProblemException(Problem.ofField(422, "Idempotency key reused",
                    "Idempotency-Key", "idempotency-key-reused", "This Idempotency-Key was used for a submission with another"
                            + " body (it created offer " + claim.offerNumber() + "); use a new key for a new offer.")));
        }
        return offers.find(claim.offerNumber()).chain(found -> workers.find(claim.offerNumber())
                .map(worker -> Response.created(URI.create("/offers/" + claim.offerNumber()))
                        .header("Idempotent-Replayed", "true")
                        .entity(OfferView.of(found.state(), worker.orElse(null))).build()));
    }

    private static String fingerprint(SubmitOfferRequest request) {
        try {
            byte[] body = EventJson.mapper().writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    @POST
    @Path("/{offerNumber}/resubmissions")
    @Operation(summary = "Try again with a new offer after a decision or a withdrawal ended this one",
            description = "The new offer gets a new number and a new fee. It is prefilled from this one; the body is a JSON Merge"
                    + " Patch (RFC 7396) of what differs, e.g. {\"job\": {\"wage\": {\"amount\": 52.00}}}. Both offers link to each other.")
    public Uni<Response> resubmit(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                  String offerNumber,
                                  JsonNode changes) {
        return offers.find(offerNumber).chain(found -> {
            if (!found.exists()) {
                throw new DomainRejection(new OfferError.OfferNotFound(offerNumber));
            }
            return workers.find(offerNumber)
                    .chain(worker -> validated(MergePatch.apply(asRequest(found.state(), worker.orElse(null)), changes)))
                    .chain(request -> submitNew(request, offerNumber, null));
        });
    }

    /**
     * Submits a new offer, or one that resubmits {@code replaces}, under a freshly drawn number with
     * the fee in force today; {@code alsoRecord} adds to a first submission's transaction.
     */
    private Uni<Response> submitNew(SubmitOfferRequest request, String replaces,
                                    BiFunction<SqlConnection, String, Uni<Void>> alsoRecord) {
        var code = codeInForce(request);
        requireCountry("worker.countryOfCitizenship", request.worker().countryOfCitizenship());
        requireCountry("worker.countryOfResidence", request.worker().countryOfResidence());
        var fee = fees.inForceOn(today.date());
        Function<String, OfferCommand.SubmitOffer> submission = number -> new OfferCommand.SubmitOffer(number, request.terms(),
                code.feeExempt() ? BigDecimal.ZERO : fee.amount(), fee.currency(), replaces);
        var metadata = EventMetadata.byActor(EMPLOYER_PORTAL);
        return (replaces == null
                ? offers.submit(submission, request.worker(), metadata, alsoRecord)
                : offers.resubmit(replaces, submission, request.worker(), metadata))
                .map(offer -> Response.created(URI.create("/offers/" + offer.offerNumber()))
                        .entity(OfferView.of(offer, request.worker())).build());
    }

    private JsonNode asRequest(Offer offer, Worker worker) {
        ObjectNode request = json.createObjectNode();
        request.set("employer", json.valueToTree(offer.terms().employer()));
        request.set("worker", worker == null ? null : json.valueToTree(worker));
        request.set("job", json.valueToTree(offer.terms().job()));
        request.put("exemptionCode", offer.terms().exemptionCode());
        return request;
    }

    /** The merged offer must be as valid as a new one: same reading, same constraints, same problems. */
    private Uni<SubmitOfferRequest> validated(JsonNode merged) {
        SubmitOfferRequest request;
        try {
            request = json.treeToValue(merged, SubmitOfferRequest.class);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        var violations = validator.validate(request);
        return violations.isEmpty()
                ? Uni.createFrom().item(request)
                : Uni.createFrom().failure(new ConstraintViolationException(violations));
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

    @GET
    @Path("/{offerNumber}/history")
    @Operation(summary = "Every event of the offer, with its time, actor and correlation id",
            description = "The record an inspection asks for: employers keep it 6 years (IRPR 209.5). Holds no personal data of the worker.")
    public Uni<List<HistoryEntry>> history(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                           String offerNumber) {
        return offers.history(offerNumber).map(events -> {
            if (events.isEmpty()) {
                throw new DomainRejection(new OfferError.OfferNotFound(offerNumber));
            }
            List<HistoryEntry> history = new ArrayList<>();
            for (var event : events) {
                try {
                    history.add(HistoryEntry.of(event, json.readTree(event.data())));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("stored event " + event.eventId() + " is not JSON", e);
                }
            }
            return history;
        });
    }

    @POST
    @Path("/{offerNumber}/fee-payments")
    @Operation(summary = "Record payment of the employer compliance fee", description = "Accepts the exact fee once.")
    public Uni<OfferView> payFee(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                 String offerNumber,
                                 @Valid @NotNull(message = "a JSON body is required") FeePaymentRequest request) {
        var paidOn = notInFuture("paidOn", request.paidOn());
        return respond(offerNumber, new OfferCommand.PayFee(offerNumber, request.amount(), request.currency(), paidOn));
    }

    @POST
    @Path("/{offerNumber}/withdrawal")
    @Operation(summary = "Withdraw an offer that has no decision yet",
            description = "The number is dead afterwards, as after a decision; a paid fee becomes refundable.")
    public Uni<OfferView> withdraw(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                   String offerNumber,
                                   @Valid WithdrawalRequest request) {
        var withdrawnOn = notInFuture("withdrawnOn", request == null ? null : request.withdrawnOn());
        return respond(offerNumber, new OfferCommand.WithdrawOffer(offerNumber, withdrawnOn,
                request == null ? null : request.reason(), refundFollowUp.afterWithdrawal(withdrawnOn)));
    }

    @POST
    @Path("/{offerNumber}/fee-refunds")
    @Operation(summary = "Record the refund of the compliance fee", description = "Only for a fee that is owed back, once.")
    public Uni<OfferView> recordRefund(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                       String offerNumber,
                                       @Valid @NotNull(message = "a JSON body is required") RefundRequest request) {
        var refundedOn = notInFuture("refundedOn", request.refundedOn());
        return respond(offerNumber, new OfferCommand.RecordRefund(offerNumber, request.amount(), request.currency(), refundedOn));
    }

    private Uni<OfferView> respond(String offerNumber, OfferCommand command) {
        return offers.handle(command, EventMetadata.byActor(EMPLOYER_PORTAL))
                .chain(offer -> workers.find(offerNumber).map(worker -> OfferView.of(offer, worker.orElse(null))));
    }

    /** The given date, or today when none is given; a date after today is refused. */
    private LocalDate notInFuture(String field, LocalDate given) {
        var now = today.date();
        if (given != null && given.isAfter(now)) {
            throw ProblemException.badField(field, "not-in-future", "'" + field + "' cannot be after today (" + now + ")");
        }
        return given == null ? now : given;
    }
}
