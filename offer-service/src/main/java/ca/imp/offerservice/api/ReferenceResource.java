package ca.imp.offerservice.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.imp.access.Role;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.paging.api.PageParameters;
import ca.imp.offerservice.reference.ExemptionCodes;
import ca.imp.offerservice.reference.FeeExemptionPrograms;

@Path("/reference")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {
    private final ExemptionCodes exemptionCodes;
    private final FeeExemptionPrograms feeExemptionPrograms;

    ReferenceResource(ExemptionCodes exemptionCodes, FeeExemptionPrograms feeExemptionPrograms) {
        this.exemptionCodes = exemptionCodes;
        this.feeExemptionPrograms = feeExemptionPrograms;
    }

    @GET
    @Path("/exemption-codes")
    @Operation(operationId = "listExemptionCodes", summary = "LMIA exemption codes with their effective dates and whether they exempt the employer from the fee")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OFFICER_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Page<ExemptionCodes.ExemptionCode> exemptionCodes(@Valid @BeanParam PageParameters paging) {
        return exemptionCodes.list(paging.page(), paging.size());
    }

    @GET
    @Path("/fee-exemption-programs")
    @Operation(operationId = "listFeeExemptionPrograms", summary = "The programs whose offers owe no compliance fee, as an offer's feeExemption names them, with their effective dates")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OFFICER_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Page<FeeExemptionPrograms.Program> feeExemptionPrograms(@Valid @BeanParam PageParameters paging) {
        return feeExemptionPrograms.list(paging.page(), paging.size());
    }
}
