package ca.imp.offerservice.employer;

import java.math.BigDecimal;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.offerservice.reference.FeeSchedule;

/** Forecasts what an employer's planned hires will cost in compliance fees, at the configured refusal rate. */
@Singleton
public class ForecastCost {
    private final FeeSchedule fees;
    private final Today today;
    private final BigDecimal refusalRate;
    private final String refusalRateSource;

    ForecastCost(FeeSchedule fees, Today today,
                 @ConfigProperty(name = "offer.cost-forecast.refusal-rate") BigDecimal refusalRate,
                 @ConfigProperty(name = "offer.cost-forecast.refusal-rate-source") String refusalRateSource) {
        this.fees = fees;
        this.today = today;
        this.refusalRate = refusalRate;
        this.refusalRateSource = refusalRateSource;
    }

    public CostForecast forecast(Caller caller, String businessNumber, int plannedHires) {
        EmployerNotFound.unlessReadableBy(caller, businessNumber);
        var fee = fees.inForceOn(today.date());
        return CostForecast.of(plannedHires, refusalRate, refusalRateSource, fee.amount(), fee.currency());
    }
}
