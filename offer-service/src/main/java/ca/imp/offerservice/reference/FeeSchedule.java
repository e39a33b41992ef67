package ca.imp.offerservice.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Singleton;

/** The employer compliance fee (IRPR 303.1) as policy data: which amount is in force on which date. */
@Singleton
public class FeeSchedule {

    public record Fee(BigDecimal amount, String currency, LocalDate effectiveFrom, LocalDate effectiveTo, String source)
            implements ReferenceTable.Dated {
    }

    private final List<Fee> fees = ReferenceTable.load("reference/fee-schedule.json", Fee.class);

    public Fee inForceOn(LocalDate date) {
        return fees.stream().filter(f -> f.inForceOn(date)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no compliance fee is in force on " + date));
    }
}
