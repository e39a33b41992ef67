package ca.imp.offerservice.api;

import java.util.Arrays;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.contract.offer.OfferNumberFormat;
import ca.imp.eventstore.idempotency.api.IdempotentRequests;
import ca.imp.offerservice.compliance.ReadCompliance;
import ca.imp.offerservice.compliance.RecordComplianceEvidence;
import ca.imp.offerservice.compliance.RecordEmploymentChange;

@Path("/offers/{offerNumber}")
@Tag(name = "Compliance", description = "The employer's obligations under an approved offer (IRPR 209.2), their evidence, and the changes to the employment")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {
    private final CurrentCaller caller;
    private final ReadCompliance readCompliance;
    private final RecordComplianceEvidence recordEvidence;
    private final RecordEmploymentChange recordChange;
    private final IdempotentRequests idempotent;

    ComplianceResource(CurrentCaller caller, ReadCompliance readCompliance, RecordComplianceEvidence recordEvidence,
                       RecordEmploymentChange recordChange, IdempotentRequests idempotent) {
        this.caller = caller;
        this.readCompliance = readCompliance;
        this.recordEvidence = recordEvidence;
        this.recordChange = recordChange;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/compliance")
    @APIResponse(responseCode = "200", description = "Each obligation and where it stands today.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplianceView.class)))
    @APIResponse(responseCode = "404", description = "offer-not-found: no offer has this number, or it is another employer's offer.")
    @Operation(operationId = "getOfferCompliance", summary = "The employer's compliance obligations under the offer and where each stands",
            description = "DONE with its evidence, DUE by its day, OVERDUE once that day passed without evidence, or NOT_APPLICABLE"
                    + " with why (e.g. a province that requires no registration of employers). The obligations and the"
                    + " provinces that require registration are reference data with effective dates, judged on the day of the"
                    + " approval (today before it). Holds no personal data.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Uni<ComplianceView> get(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                   String offerNumber) {
        return readCompliance.read(caller.get(), offerNumber).map(ComplianceView::of);
    }

    @POST
    @Path("/compliance-evidence")
    @APIResponse(responseCode = "200", description = "The offer's obligations as they now stand, this one DONE.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplianceView.class)))
    @APIResponse(responseCode = "400", description = "unknown-obligation: no obligation has this id; or a field out of range (in-date-range, size, plain-text).")
    @APIResponse(responseCode = "404", description = "offer-not-found: no offer has this number, or it is another employer's offer.")
    @APIResponse(responseCode = "409", description = "compliance-evidence-already-recorded: other evidence of this obligation was recorded (the problem gives it); no-obligations-without-approval: the offer ended without a permit.")
    @APIResponse(responseCode = "422", description = "obligation-not-applicable: the obligation does not apply to this offer (e.g. its province requires no registration).")
    @Operation(operationId = "recordComplianceEvidence", summary = "Record evidence that a compliance obligation was met",
            description = "A document's reference and date, never the document. On an offer not yet decided (what is due before"
                    + " the offer) or approved; once per obligation. Repeating the evidence recorded (same reference, date and"
                    + " note) changes nothing and answers 200 with the obligations as they now stand.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<ComplianceView> recordEvidence(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                              String offerNumber,
                                              @RequestBody(description = "The obligation met and the document that shows it.", required = true)
                                              @Valid @NotNull(message = "a JSON body is required") ComplianceEvidenceRequest request) {
        return idempotent.change("recordComplianceEvidence", null, Arrays.asList(offerNumber, request),
                () -> recordEvidence.record(caller.get(), offerNumber, request.obligation(), request.reference(),
                        request.documentOn(), request.note()).map(ComplianceView::of),
                () -> readCompliance.read(caller.get(), offerNumber).map(ComplianceView::of));
    }

    @POST
    @Path("/employment-changes")
    @APIResponse(responseCode = "200", description = "The offer's obligations and changes as they now stand, this change listed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplianceView.class)))
    @APIResponse(responseCode = "404", description = "offer-not-found: no offer has this number, or it is another employer's offer.")
    @APIResponse(responseCode = "409", description = "employment-change-needs-approval: no work permit was approved with the offer.")
    @APIResponse(responseCode = "422", description = "A new offer and a new work permit are needed before the change takes effect, the"
            + " field named: promotion-needs-new-offer (promotion), occupation-change-needs-new-offer (nocCode),"
            + " lower-wage-needs-new-offer (wage.amount), fewer-hours-need-new-offer (hoursPerWeek),"
            + " move-to-another-province-needs-new-offer (location.province); or change-before-approval (effectiveOn),"
            + " employment-change-empty.")
    @Operation(operationId = "recordEmploymentChange", summary = "Record a change to the employment, with its documents",
            description = "Held against the offer (IRPR 209.2: the same occupation, wages not lower, working conditions"
                    + " substantially the same): a promotion, another NOC occupation, a lower wage per hour, fewer hours than"
                    + " the policy data tolerates or work in another province is refused with what must come first, a new offer"
                    + " and permit. What the body leaves out stays as it is. Repeating the change recorded changes nothing and"
                    + " answers 200.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME})
    public Uni<ComplianceView> recordChange(@PathParam("offerNumber") @Pattern(regexp = OfferNumberFormat.REGEX, message = OfferNumberFormat.MESSAGE)
                                            String offerNumber,
                                            @RequestBody(description = "What changes, from when, and the documents about it.", required = true)
                                            @Valid @NotNull(message = "a JSON body is required") EmploymentChangeRequest request) {
        return idempotent.change("recordEmploymentChange", null, Arrays.asList(offerNumber, request),
                () -> recordChange.record(caller.get(), offerNumber, request.change()).map(ComplianceView::of),
                () -> readCompliance.read(caller.get(), offerNumber).map(ComplianceView::of));
    }
}
