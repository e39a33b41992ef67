package ca.imp.offerservice.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.access.CurrentCaller;
import ca.imp.access.Role;
import ca.imp.contract.range.Paging;
import ca.imp.offerservice.employer.CostForecast;
import ca.imp.offerservice.employer.FeeLedger;
import ca.imp.offerservice.employer.ForecastCost;
import ca.imp.offerservice.employer.ListEmployerOffers;
import ca.imp.offerservice.employer.OfferSummaries;
import ca.imp.offerservice.offer.Offer;

@Path("/employers/{businessNumber}")
@Tag(name = "Employers", description = "An employer's offers, the fees they cost, and what planned hires will cost")
@Produces(MediaType.APPLICATION_JSON)
public class EmployerResource {
    private static final String BUSINESS_NUMBER = "^\\d{9}$";
    private static final String BUSINESS_NUMBER_MESSAGE = "must be the 9-digit CRA business number";

    private final CurrentCaller caller;
    private final ListEmployerOffers listOffers;
    private final FeeLedger feeLedger;
    private final ForecastCost forecastCost;

    EmployerResource(CurrentCaller caller, ListEmployerOffers listOffers, FeeLedger feeLedger, ForecastCost forecastCost) {
        this.caller = caller;
        this.listOffers = listOffers;
        this.feeLedger = feeLedger;
        this.forecastCost = forecastCost;
    }

    @GET
    @Path("/offers")
    @Operation(summary = "The employer's offers, newest first, optionally of one status")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Uni<OfferSummaries.Page> offers(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @QueryParam("status") Offer.Status status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more")
            @Max(value = Paging.MAX_PAGE, message = Paging.MAX_PAGE_MESSAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be 1 or more")
            @Max(value = 100, message = "must be at most 100") int size) {
        return listOffers.list(caller.get(), businessNumber, status, page, size);
    }

    @GET
    @Path("/fees")
    @Operation(summary = "The employer's compliance fees: paid, exempt, refund owed, refunded and net spent, with totals")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public Uni<FeeLedger.Ledger> fees(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber) {
        return feeLedger.of(caller.get(), businessNumber);
    }

    @GET
    @Path("/cost-forecast")
    @Operation(summary = "Expected compliance fees for planned hires, counting resubmissions after refusals and their refunds")
    @RolesAllowed({Role.EMPLOYER_NAME, Role.REPRESENTATIVE_NAME, Role.OPS_NAME, Role.PARTNER_NAME})
    public CostForecast costForecast(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @QueryParam("plannedHires") @NotNull(message = "is required")
            @Min(value = 1, message = "must be 1 or more") @Max(value = 100000, message = "must be at most 100000") Integer plannedHires) {
        return forecastCost.forecast(caller.get(), businessNumber, plannedHires);
    }
}
