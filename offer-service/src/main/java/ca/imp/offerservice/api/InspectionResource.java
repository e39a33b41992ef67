package ca.imp.offerservice.api;

import java.net.URI;
import java.util.Arrays;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.eventstore.idempotency.api.IdempotentRequests;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.paging.api.PageParameters;
import ca.imp.offerservice.inspection.ListInspections;
import ca.imp.offerservice.inspection.ReadInspection;
import ca.imp.offerservice.inspection.RecordDetermination;
import ca.imp.offerservice.inspection.RecordFindingResponse;
import ca.imp.offerservice.inspection.RecordInspectionNotice;
import ca.imp.offerservice.inspection.RecordPenaltyPayment;
import ca.imp.offerservice.inspection.RecordPreliminaryFinding;

@Path("/employers/{businessNumber}/inspections")
@Tag(name = "Inspections", description = "Inspections of an employer's compliance: the notice, the preliminary finding and the"
        + " employer's response, the final determination and the payment of its penalty")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InspectionResource {
    private static final String BUSINESS_NUMBER = "^\\d{9}$";
    private static final String BUSINESS_NUMBER_MESSAGE = "must be the 9-digit CRA business number";
    private static final String INSPECTION_ID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
    private static final String INSPECTION_ID_MESSAGE = "must be an inspection id (a UUID in lower case)";
    private static final String NOT_FOUND = "employer-not-found: the caller does not act for this employer; inspection-not-found:"
            + " the employer has no inspection with this id.";

    private final CurrentCaller caller;
    private final RecordInspectionNotice recordNotice;
    private final RecordPreliminaryFinding recordFinding;
    private final RecordFindingResponse recordResponse;
    private final RecordDetermination recordDetermination;
    private final RecordPenaltyPayment recordPayment;
    private final ReadInspection readInspection;
    private final ListInspections listInspections;
    private final IdempotentRequests idempotent;

    InspectionResource(CurrentCaller caller, RecordInspectionNotice recordNotice, RecordPreliminaryFinding recordFinding,
                       RecordFindingResponse recordResponse, RecordDetermination recordDetermination,
                       RecordPenaltyPayment recordPayment, ReadInspection readInspection, ListInspections listInspections,
                       IdempotentRequests idempotent) {
        this.caller = caller;
        this.recordNotice = recordNotice;
        this.recordFinding = recordFinding;
        this.recordResponse = recordResponse;
        this.recordDetermination = recordDetermination;
        this.recordPayment = recordPayment;
        this.readInspection = readInspection;
        this.listInspections = listInspections;
        this.idempotent = idempotent;
    }

    @POST
    @APIResponse(responseCode = "201", description = "The inspection, with its new id; Location is its address. A retried notice with the same Idempotency-Key and body answers the same inspection with Idempotent-Replayed: true.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class)),
            headers = @Header(name = "Location", description = "The address of what was created", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "employer-not-found: the caller does not act for this employer.")
    @APIResponse(responseCode = "422", description = "inspection-covers-employers-offers: an offer named is not the employer's (or does not exist); inspection-date-order: the documents are due before the notice.")
    @Operation(operationId = "recordInspectionNotice", summary = "Record a notice of inspection the employer received",
            description = "With the employer's offers it covers, the date of the notice and the date its documents are due.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<Response> recordNotice(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @RequestBody(description = "The notice: the offers it covers, its date and the documents' due date.", required = true)
            @Valid @NotNull(message = "a JSON body is required") InspectionNoticeRequest request) {
        return idempotent.create("recordInspectionNotice", businessNumber, Arrays.asList(businessNumber, request),
                alsoRecord -> recordNotice.record(caller.get(), businessNumber, request.offerNumbers(), request.noticeOn(),
                        request.documentsDueOn(), alsoRecord),
                inspection -> Response.created(URI.create(location(businessNumber, inspection.inspectionId())))
                        .entity(InspectionView.of(inspection)).build(),
                id -> location(businessNumber, id), id -> asItStands(businessNumber, id));
    }

    private static String location(String businessNumber, String inspectionId) {
        return "/employers/" + businessNumber + "/inspections/" + inspectionId;
    }

    private Uni<InspectionView> asItStands(String businessNumber, String inspectionId) {
        return readInspection.read(caller.get(), businessNumber, inspectionId).map(InspectionView::of);
    }

    @GET
    @APIResponse(responseCode = "200", description = "A page of the employer's inspections.")
    @APIResponse(responseCode = "404", description = "employer-not-found: the caller does not act for this employer.")
    @Operation(operationId = "listInspections", summary = "The employer's inspections, newest notice first")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Uni<Page<InspectionView>> list(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @Valid @BeanParam PageParameters paging) {
        return listInspections.list(caller.get(), businessNumber, paging.page(), paging.size()).map(page -> page.map(InspectionView::of));
    }

    @GET
    @Path("/{inspectionId}")
    @APIResponse(responseCode = "200", description = "The inspection.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @Operation(operationId = "getInspection", summary = "An inspection of the employer and where it stands")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Uni<InspectionView> get(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @PathParam("inspectionId") @Pattern(regexp = INSPECTION_ID, message = INSPECTION_ID_MESSAGE) String inspectionId) {
        return asItStands(businessNumber, inspectionId);
    }

    @POST
    @Path("/{inspectionId}/preliminary-finding")
    @APIResponse(responseCode = "200", description = "The inspection, with its preliminary finding.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "inspection-step-already-recorded: another preliminary finding, or the final determination, was recorded.")
    @APIResponse(responseCode = "422", description = "inspection-date-order: sent before the notice of inspection.")
    @Operation(operationId = "recordPreliminaryFinding", summary = "Record the notice of preliminary finding of an inspection",
            description = "Once, by the day it was sent: the response is due 30 days after it is deemed received. Repeating"
                    + " the day recorded changes nothing and answers 200 with the inspection as it now stands.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<InspectionView> recordPreliminaryFinding(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @PathParam("inspectionId") @Pattern(regexp = INSPECTION_ID, message = INSPECTION_ID_MESSAGE) String inspectionId,
            @RequestBody(description = "The day the notice of preliminary finding was sent.", required = true)
            @Valid @NotNull(message = "a JSON body is required") PreliminaryFindingRequest request) {
        return idempotent.change("recordPreliminaryFinding", businessNumber, Arrays.asList(businessNumber, inspectionId, request),
                () -> recordFinding.record(caller.get(), businessNumber, inspectionId, request.sentOn()).map(InspectionView::of),
                () -> asItStands(businessNumber, inspectionId));
    }

    @POST
    @Path("/{inspectionId}/preliminary-finding-response")
    @APIResponse(responseCode = "200", description = "The inspection, with the employer's response to its preliminary finding.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "inspection-step-missing: no preliminary finding was recorded; inspection-step-already-recorded: another response was recorded.")
    @APIResponse(responseCode = "422", description = "inspection-date-order: the response is dated before the finding was sent.")
    @Operation(operationId = "recordPreliminaryFindingResponse", summary = "Record the employer's response to the preliminary finding",
            description = "Once, with the employer's reference of it. Repeating the response recorded (same day and reference)"
                    + " changes nothing and answers 200 with the inspection as it now stands.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<InspectionView> recordResponse(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @PathParam("inspectionId") @Pattern(regexp = INSPECTION_ID, message = INSPECTION_ID_MESSAGE) String inspectionId,
            @RequestBody(description = "When the employer responded, and its reference of the response.", required = true)
            @Valid @NotNull(message = "a JSON body is required") FindingResponseRequest request) {
        return idempotent.change("recordPreliminaryFindingResponse", businessNumber, Arrays.asList(businessNumber, inspectionId, request),
                () -> recordResponse.record(caller.get(), businessNumber, inspectionId, request.respondedOn(), request.reference())
                        .map(InspectionView::of),
                () -> asItStands(businessNumber, inspectionId));
    }

    @POST
    @Path("/{inspectionId}/determination")
    @APIResponse(responseCode = "200", description = "The inspection, with its final determination.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "inspection-step-already-recorded: another determination was recorded.")
    @APIResponse(responseCode = "422", description = "amp-amount: the penalty is outside the range in force (the problem gives it, with its source); determination-outcome: a penalty or ban that the outcome does not have, or lacks; inspection-date-order: sent before the notice or the preliminary finding.")
    @Operation(operationId = "recordDetermination", summary = "Record the final determination of an inspection",
            description = "Once: its outcome, any administrative monetary penalty (within CAD 500 to 100,000 per violation,"
                    + " as the reference data in force on sentOn says) or ban, and the day it was sent. Repeating the"
                    + " determination recorded changes nothing and answers 200 with the inspection as it now stands.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<InspectionView> recordDetermination(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @PathParam("inspectionId") @Pattern(regexp = INSPECTION_ID, message = INSPECTION_ID_MESSAGE) String inspectionId,
            @RequestBody(description = "The determination: outcome, penalty or ban, and the day it was sent.", required = true)
            @Valid @NotNull(message = "a JSON body is required") DeterminationRequest request) {
        var penalty = request.penalty();
        return idempotent.change("recordDetermination", businessNumber, Arrays.asList(businessNumber, inspectionId, request),
                () -> recordDetermination.record(caller.get(), businessNumber, inspectionId, request.outcome(),
                        penalty == null ? null : penalty.amount(), penalty == null ? null : penalty.currency(), request.violations(),
                        request.banYears(), request.sentOn()).map(InspectionView::of),
                () -> asItStands(businessNumber, inspectionId));
    }

    @POST
    @Path("/{inspectionId}/penalty-payment")
    @APIResponse(responseCode = "200", description = "The inspection, its penalty paid.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "no-penalty-owed: no determination with a penalty was recorded; inspection-step-already-recorded: another payment was recorded.")
    @APIResponse(responseCode = "422", description = "penalty-amount: the amount or currency is not the penalty determined; inspection-date-order: paid before the determination was sent.")
    @Operation(operationId = "recordPenaltyPayment", summary = "Record the payment of an inspection's administrative monetary penalty",
            description = "Exactly the penalty determined, once. Repeating the payment recorded (same amount, currency and day)"
                    + " changes nothing and answers 200 with the inspection as it now stands.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<InspectionView> recordPayment(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @PathParam("inspectionId") @Pattern(regexp = INSPECTION_ID, message = INSPECTION_ID_MESSAGE) String inspectionId,
            @RequestBody(description = "The payment: exactly the penalty determined.", required = true)
            @Valid @NotNull(message = "a JSON body is required") PenaltyPaymentRequest request) {
        return idempotent.change("recordPenaltyPayment", businessNumber, Arrays.asList(businessNumber, inspectionId, request),
                () -> recordPayment.record(caller.get(), businessNumber, inspectionId, request.amount(), request.currency(),
                        request.paidOn()).map(InspectionView::of),
                () -> asItStands(businessNumber, inspectionId));
    }
}
