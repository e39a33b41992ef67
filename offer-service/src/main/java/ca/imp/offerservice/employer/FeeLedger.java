package ca.imp.offerservice.employer;

import java.math.BigDecimal;
import java.util.List;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Uni;

import ca.imp.access.Caller;
import ca.imp.eventstore.runtime.Today;
import ca.imp.offerservice.offer.Offer;
import ca.imp.offerservice.reference.FeeSchedule;

/** Draws up an employer's compliance fees: every offer's fee, and what was paid, is exempt, is owed back, came back and was spent. */
@Singleton
public class FeeLedger {

    /** @param netSpent what the fees cost once every refund owed has come back */
    public record Ledger(
            @Schema(description = "The employer's 9-digit CRA business number.", example = "123456789")
            String businessNumber,
            @Schema(description = "ISO 4217 currency code of every amount.", example = "CAD")
            String currency,
            @Schema(description = "Every offer of the employer, with its fee.")
            List<OfferSummaries.Summary> entries,
            @Schema(description = "The sums over every offer.")
            Totals totals) {
        public record Totals(
                @Schema(description = "How many offers.", example = "3")
                int offers,
                @Schema(description = "How many offers were exempt from the fee.", example = "1")
                int feeExempt,
                @Schema(description = "Fees paid.", example = "460.00")
                BigDecimal paid,
                @Schema(description = "Fees owed back and not refunded yet.", example = "230.00")
                BigDecimal refundOwed,
                @Schema(description = "Fees refunded.", example = "0.00")
                BigDecimal refunded,
                @Schema(description = "What the fees cost once every refund owed has come back.", example = "230.00")
                BigDecimal netSpent) {
        }
    }

    private final OfferSummaries summaries;
    private final FeeSchedule fees;
    private final Today today;

    FeeLedger(OfferSummaries summaries, FeeSchedule fees, Today today) {
        this.summaries = summaries;
        this.fees = fees;
        this.today = today;
    }

    public Uni<Ledger> of(Caller caller, String businessNumber) {
        EmployerNotFound.unlessReadableBy(caller, businessNumber);
        return summaries.allOfEmployer(businessNumber).map(entries -> new Ledger(businessNumber,
                fees.inForceOn(today.date()).currency(), entries, totals(entries)));
    }

    private static Ledger.Totals totals(List<OfferSummaries.Summary> entries) {
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
        return new Ledger.Totals(entries.size(), exempt, paid, owed, refunded, paid.subtract(owed).subtract(refunded));
    }
}
