package ca.imp.offerservice.api;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.imp.access.Role;
import ca.imp.contract.range.DateRange;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.paging.api.PageParameters;
import ca.imp.eventstore.runtime.Today;
import ca.imp.offerservice.reference.ExemptionCodes;
import ca.imp.offerservice.reference.FeeExemptionPrograms;
import ca.imp.problem.ProblemException;
import ca.imp.problem.QueryDate;

@Path("/reference")
@Tag(name = "Reference data")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {
    private final ExemptionCodes exemptionCodes;
    private final FeeExemptionPrograms feeExemptionPrograms;
    private final Today today;

    ReferenceResource(ExemptionCodes exemptionCodes, FeeExemptionPrograms feeExemptionPrograms, Today today) {
        this.exemptionCodes = exemptionCodes;
        this.feeExemptionPrograms = feeExemptionPrograms;
        this.today = today;
    }

    @GET
    @Path("/exemption-codes")
    @Operation(operationId = "listExemptionCodes", summary = "The LMIA exemption codes in force on a date, with their labels, regulations, effective dates, replacements and sources",
            description = "The table as it stood on the day asked for (today by default): a code retired before that day is"
                    + " not listed, and an offer submitted today must use a code listed for today. The table holds the codes"
                    + " read from IRCC's pages as far as they were checked; each entry says its source and how it was verified.")
    @APIResponse(responseCode = "200", description = "A page of the codes in force on that day, in the order of IRCC's table.")
    @APIResponse(responseCode = "400", description = "invalid-date or in-date-range: the day asked for is not a real date, or is before 2015 or after today.")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OFFICER_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Page<ExemptionCodes.ExemptionCode> exemptionCodes(
            @QueryParam("on") @Parameter(description = "The day the table is read as of; today when omitted.", example = "2022-12-15")
            @Pattern(regexp = QueryDate.FORM, message = QueryDate.FORM_MESSAGE) String on,
            @Valid @BeanParam PageParameters paging) {
        return exemptionCodes.inForceOn(day(on), paging.page(), paging.size());
    }

    /** The day asked for, within the portal era: the table has nothing before 2015 and cannot know the future. */
    private LocalDate day(String on) {
        LocalDate now = today.date();
        if (on == null) {
            return now;
        }
        LocalDate day = QueryDate.parse("on", on);
        if (!DateRange.PORTAL_ERA.contains(day, now)) {
            throw ProblemException.badField("on", DateRange.RULE, DateRange.PORTAL_ERA.requirement(now));
        }
        return day;
    }

    @GET
    @Path("/fee-exemption-programs")
    @Operation(operationId = "listFeeExemptionPrograms", summary = "The programs whose offers owe no compliance fee, as an offer's feeExemption names them, with their effective dates")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OFFICER_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Page<FeeExemptionPrograms.Program> feeExemptionPrograms(@Valid @BeanParam PageParameters paging) {
        return feeExemptionPrograms.list(paging.page(), paging.size());
    }
}
