package ca.imp.offerservice.api;

import java.math.BigDecimal;
import java.util.List;

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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import ca.imp.eventstore.runtime.Today;
import ca.imp.offerservice.employer.CostForecast;
import ca.imp.offerservice.employer.OfferSummaries;
import ca.imp.offerservice.offer.Offer;
import ca.imp.offerservice.reference.FeeSchedule;

@Path("/employers/{businessNumber}")
@Tag(name = "Employers", description = "An employer's offers, the fees they cost, and what planned hires will cost")
@Produces(MediaType.APPLICATION_JSON)
public class EmployerResource {
    private static final String BUSINESS_NUMBER = "^\\d{9}$";
    private static final String BUSINESS_NUMBER_MESSAGE = "must be the 9-digit CRA business number";
    private static final String STATUSES = "^(AWAITING_FEE|READY|IN_USE|INVALIDATED)$";

    private final OfferSummaries summaries;
    private final FeeSchedule fees;
    private final Today today;
    private final BigDecimal refusalRate;
    private final String refusalRateSource;

    EmployerResource(OfferSummaries summaries, FeeSchedule fees, Today today,
                     @ConfigProperty(name = "offer.cost-forecast.refusal-rate") BigDecimal refusalRate,
                     @ConfigProperty(name = "offer.cost-forecast.refusal-rate-source") String refusalRateSource) {
        this.summaries = summaries;
        this.fees = fees;
        this.today = today;
        this.refusalRate = refusalRate;
        this.refusalRateSource = refusalRateSource;
    }

    @GET
    @Path("/offers")
    @Operation(summary = "The employer's offers, newest first, optionally of one status")
    public Uni<OfferSummaries.Page> offers(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @QueryParam("status") @Pattern(regexp = STATUSES, message = "must be AWAITING_FEE, READY, IN_USE or INVALIDATED")
            String status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be 1 or more")
            @Max(value = 100, message = "must be at most 100") int size) {
        return summaries.ofEmployer(businessNumber, status == null ? null : Offer.Status.valueOf(status), page, size);
    }

    /**
     * @param netSpent what the fees cost once every refund owed has come back
     */
    public record FeeLedger(String businessNumber, String currency, List<OfferSummaries.Summary> entries, Totals totals) {
        public record Totals(int offers, int feeExempt, BigDecimal paid, BigDecimal refundOwed, BigDecimal refunded,
                             BigDecimal netSpent) {
        }
    }

    @GET
    @Path("/fees")
    @Operation(summary = "The employer's compliance fees: paid, exempt, refund owed, refunded and net spent, with totals")
    public Uni<FeeLedger> fees(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber) {
        return summaries.allOfEmployer(businessNumber).map(entries -> {
            BigDecimal paid = BigDecimal.ZERO;
            BigDecimal owed = BigDecimal.ZERO;
            BigDecimal refunded = BigDecimal.ZERO;
            int exempt = 0;
            for (var entry : entries) {
                if (entry.feeStatus() == Offer.FeeStatus.EXEMPT) {
                    exempt++;
                }
                if (entry.feePaidOn() != null) {
                    paid = paid.add(entry.feeDue());
                }
                if (entry.feeStatus() == Offer.FeeStatus.REFUND_OWED) {
                    owed = owed.add(entry.refundOwed());
                }
                if (entry.feeStatus() == Offer.FeeStatus.REFUNDED) {
                    refunded = refunded.add(entry.refundOwed());
                }
            }
            return new FeeLedger(businessNumber, fees.inForceOn(today.date()).currency(), entries,
                    new FeeLedger.Totals(entries.size(), exempt, paid, owed, refunded, paid.subtract(owed).subtract(refunded)));
        });
    }

    @GET
    @Path("/cost-forecast")
    @Operation(summary = "Expected compliance fees for planned hires, counting resubmissions after refusals and their refunds")
    public CostForecast costForecast(
            @PathParam("businessNumber") @Pattern(regexp = BUSINESS_NUMBER, message = BUSINESS_NUMBER_MESSAGE) String businessNumber,
            @QueryParam("plannedHires") @NotNull(message = "is required")
            @Min(value = 1, message = "must be 1 or more") @Max(value = 100000, message = "must be at most 100000") Integer plannedHires) {
        var fee = fees.inForceOn(today.date());
        return CostForecast.of(plannedHires, refusalRate, refusalRateSource, fee.amount(), fee.currency());
    }
}
