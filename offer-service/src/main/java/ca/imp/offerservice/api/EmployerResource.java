package ca.imp.offerservice.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.contract.offer.OfferStatus;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.paging.api.PageParameters;
import ca.imp.offerservice.employer.CostForecast;
import ca.imp.offerservice.employer.FeeLedger;
import ca.imp.offerservice.employer.ForecastCost;
import ca.imp.offerservice.employer.ListEmployerOffers;
import ca.imp.offerservice.employer.OfferSummaries;
import ca.imp.offerservice.overview.ComplianceOverview;
import ca.imp.offerservice.overview.ReviewEmployerCompliance;

@Path("/employers/{businessNumber}")
@Tag(name = "Employers", description = "An employer's offers, the fees they cost, what planned hires will cost, and what its compliance needs")
@Produces(MediaType.APPLICATION_JSON)
public class EmployerResource {
    private static final String BUSINESS_NUMBER = "^\\d{9}$";
    private static final String BUSINESS_NUMBER_MESSAGE = "must be the 9-digit CRA business number";

    private final CurrentCaller caller;
    private final ListEmployerOffers listOffers;
    private final FeeLedger feeLedger;
    private final ForecastCost forecastCost;
    private final ReviewEmployerCompliance reviewCompliance;

    EmployerResource(CurrentCaller caller, ListEmployerOffers listOffers, FeeLedger feeLedger, ForecastCost forecastCost,
                     ReviewEmployerCompliance reviewCompliance) {
        this.caller = caller;
        this.listOffers = listOffers;
        this.feeLedger = feeLedger;
        this.forecastCost = forecastCost;
        this.reviewCompliance = reviewCompliance;
    }

    @GET
    @Path("/offers")
    @APIResponse(responseCode = "200", description = "A page of the employer's offers.")
    @APIResponse(responseCode = "404", description = "employer-not-found: the caller does not act for this employer.")
    @Operation(operationId = "listEmployerOffers", summary = "The employer's offers, newest first, optionally of one status")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Uni<Page<OfferSummaries.Summary>> offers(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @QueryParam("status") OfferStatus status,
            @Valid @BeanParam PageParameters paging) {
        return listOffers.list(caller.get(), businessNumber, status, paging.page(), paging.size());
    }

    @GET
    @Path("/fees")
    @APIResponse(responseCode = "200", description = "The employer's fee ledger.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeeLedger.Ledger.class)))
    @APIResponse(responseCode = "404", description = "employer-not-found: the caller does not act for this employer.")
    @Operation(operationId = "getFeeLedger", summary = "The employer's compliance fees: paid, exempt, refund owed, refunded and net spent, with totals")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Uni<FeeLedger.Ledger> fees(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber) {
        return feeLedger.of(caller.get(), businessNumber);
    }

    @GET
    @Path("/cost-forecast")
    @APIResponse(responseCode = "200", description = "The forecast.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CostForecast.class)))
    @APIResponse(responseCode = "404", description = "employer-not-found: the caller does not act for this employer.")
    @Operation(operationId = "forecastCost", summary = "Expected compliance fees for planned hires, counting resubmissions after refusals and their refunds")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public CostForecast costForecast(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @QueryParam("plannedHires") @NotNull(message = "is required")
            @Min(value = 1, message = "must be 1 or more") @Max(value = 100000, message = "must be at most 100000") Integer plannedHires) {
        return forecastCost.forecast(caller.get(), businessNumber, plannedHires);
    }

    @GET
    @Path("/compliance")
    @APIResponse(responseCode = "200", description = "A page of the employer's active workers' offers and open inspections, most urgent first.")
    @APIResponse(responseCode = "404", description = "employer-not-found: the caller does not act for this employer.")
    @Operation(operationId = "reviewEmployerCompliance", summary = "What the employer must act on: each active worker's offer with"
            + " the obligations missing or overdue and a permit ending within the first reminder of its expiry (120 days in the deadline policy), and each open inspection with what it waits"
            + " for; overdue first (the oldest first), then by the next day")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Uni<Page<ComplianceOverview.Entry>> compliance(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @Valid @BeanParam PageParameters paging) {
        return reviewCompliance.review(caller.get(), businessNumber, paging.page(), paging.size());
    }
}
