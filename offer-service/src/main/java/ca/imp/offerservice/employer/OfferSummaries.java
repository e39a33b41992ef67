package ca.imp.offerservice.employer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.contract.offer.FeeRefundOwed;
import ca.imp.contract.offer.OfferStatus;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.store.StateView;
import ca.imp.eventstore.store.Transaction;
import ca.imp.offerservice.offer.Offer;
import ca.imp.offerservice.offer.OfferState;

/**
 * One row per offer with what the employer views list and total: its status and where its fee
 * stands. Written from the offer's state in the transaction of every change to it, so the views
 * are never behind the offer itself.
 */
@Singleton
public class OfferSummaries implements StateView<OfferState> {

    /** An offer as the employer's lists show it. */
    public record Summary(
            @Schema(description = "The offer's number.", example = "A8108406")
            String offerNumber,
            @Schema(description = "Where the offer stands; once its number can no longer be used, the outcome that ended it (its invalidation says which decision or withdrawal).", example = "REFUSED")
            OfferStatus status,
            @Schema(description = "The job title.", example = "Robotics engineer")
            String jobTitle,
            @Schema(description = "The first day of employment.", example = "2026-09-01")
            LocalDate startsOn,
            @Schema(description = "The LMIA exemption code.", example = "C10")
            String exemptionCode,
            @Schema(description = "The application using or ending the offer, if any.", example = "A8108406-1")
            String applicationId,
            @Schema(description = "The last day of the work permit approved with the offer, when the approval gave it.", example = "2028-08-31")
            LocalDate permitExpiresOn,
            @Schema(description = "Where the fee stands.", example = "REFUND_OWED")
            Offer.FeeStatus feeStatus,
            @Schema(description = "The fee due.", example = "230.00")
            BigDecimal feeDue,
            @Schema(description = "ISO 4217 currency code.", example = "CAD")
            String currency,
            @Schema(description = "The day the fee was paid.", example = "2026-05-04")
            LocalDate feePaidOn,
            @Schema(description = "The amount owed back, if any.", example = "230.00")
            BigDecimal refundOwed,
            @Schema(description = "When to chase a refund owed that has not arrived.", example = "2026-09-14")
            LocalDate refundFollowUpOn,
            @Schema(description = "The day the refund arrived.", example = "2026-08-20")
            LocalDate refundedOn,
            @Schema(description = "The offer this one was resubmitted from.", example = "A8100001")
            String replaces,
            @Schema(description = "The offer that replaced this one.", example = "A8123456")
            String resubmittedAs) {
    }

    private final Pool pool;

    OfferSummaries(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Void> write(Transaction tx, String offerNumber, OfferState state) {
        if (!(state instanceof Offer offer)) {
            // a command applied to a number always leaves an offer; nothing to list otherwise
            return Uni.createFrom().voidItem();
        }
        var fee = offer.fee();
        var refund = fee.refundOwed();
        Tuple row = Tuple.tuple(new ArrayList<>(Arrays.asList(offer.offerNumber(),
                offer.terms().employer().businessNumber(), offer.status().name(), offer.terms().job().title(),
                offer.terms().job().startDate(), offer.terms().exemptionCode(), offer.use().applicationId().orElse(null),
                offer.feeStatus().name(), fee.amount(), fee.currency(), fee.paidOn().orElse(null),
                refund.map(FeeRefundOwed::amount).orElse(null), refund.map(FeeRefundOwed::followUpOn).orElse(null),
                fee.refundedOn().orElse(null), offer.replaces().orElse(null), offer.use().resubmittedAs().orElse(null),
                offer.permitExpiresOn().orElse(null))));
        return tx.preparedQuery("""
                        INSERT INTO offer_summary (offer_number, business_number, status, job_title, start_date, exemption_code,
                            application_id, fee_status, fee_due, currency, fee_paid_on, refund_owed, refund_follow_up_on,
                            refunded_on, replaces, resubmitted_as, permit_expires_on)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
                        ON CONFLICT (offer_number) DO UPDATE SET status = $3, application_id = $7, fee_status = $8,
                            fee_paid_on = $11, refund_owed = $12, refund_follow_up_on = $13, refunded_on = $14,
                            resubmitted_as = $16, permit_expires_on = $17
                        """)
                .execute(row).replaceWithVoid();
    }

    /** The employer's offers, newest first, optionally of one status. */
    public Uni<Page<Summary>> ofEmployer(String businessNumber, OfferStatus status, int page, int size) {
        String where = "WHERE business_number = $1" + (status == null ? "" : " AND status = $4");
        Tuple params = status == null
                ? Tuple.of(businessNumber, size, page * size)
                : Tuple.of(businessNumber, size, page * size, status.name());
        return pool.preparedQuery("SELECT *, count(*) OVER () AS total FROM offer_summary " + where
                        + " ORDER BY submitted_at DESC, offer_number LIMIT $2 OFFSET $3")
                .execute(params)
                .chain(rows -> {
                    List<Summary> items = new ArrayList<>();
                    long total = -1;
                    for (Row row : rows) {
                        items.add(summary(row));
                        total = row.getLong("total");
                    }
                    if (total >= 0) {
                        return Uni.createFrom().item(new Page<>(items, page, size, total));
                    }
                    // past the last page: the window function has no row to report the total on
                    return count(businessNumber, status).map(count -> new Page<>(items, page, size, count));
                });
    }

    /** Every offer of the employer, oldest first: what a fee ledger lists. */
    public Uni<List<Summary>> allOfEmployer(String businessNumber) {
        return pool.preparedQuery("SELECT * FROM offer_summary WHERE business_number = $1 ORDER BY submitted_at, offer_number")
                .execute(Tuple.of(businessNumber))
                .map(OfferSummaries::summaries);
    }

    /**
     * The employer's active workers' offers: approved, and the permit not ended before {@code on} (or its end never
     * given), by number.
     */
    public Uni<List<Summary>> activeOfEmployer(String businessNumber, LocalDate on) {
        return pool.preparedQuery("SELECT * FROM offer_summary WHERE business_number = $1 AND status = $2"
                        + " AND (permit_expires_on IS NULL OR permit_expires_on >= $3) ORDER BY offer_number")
                .execute(Tuple.of(businessNumber, OfferStatus.APPROVED.name(), on))
                .map(OfferSummaries::summaries);
    }

    private Uni<Long> count(String businessNumber, OfferStatus status) {
        return (status == null
                ? pool.preparedQuery("SELECT count(*) AS n FROM offer_summary WHERE business_number = $1").execute(Tuple.of(businessNumber))
                : pool.preparedQuery("SELECT count(*) AS n FROM offer_summary WHERE business_number = $1 AND status = $2")
                        .execute(Tuple.of(businessNumber, status.name())))
                .map(rows -> rows.iterator().next().getLong("n"));
    }

    private static List<Summary> summaries(RowSet<Row> rows) {
        List<Summary> items = new ArrayList<>();
        rows.forEach(row -> items.add(summary(row)));
        return items;
    }

    private static Summary summary(Row row) {
        return new Summary(row.getString("offer_number"), OfferStatus.valueOf(row.getString("status")),
                row.getString("job_title"), row.getLocalDate("start_date"), row.getString("exemption_code"),
                row.getString("application_id"), row.getLocalDate("permit_expires_on"), Offer.FeeStatus.valueOf(row.getString("fee_status")),
                row.getBigDecimal("fee_due"), row.getString("currency"), row.getLocalDate("fee_paid_on"),
                row.getBigDecimal("refund_owed"), row.getLocalDate("refund_follow_up_on"), row.getLocalDate("refunded_on"),
                row.getString("replaces"), row.getString("resubmitted_as"));
    }
}
