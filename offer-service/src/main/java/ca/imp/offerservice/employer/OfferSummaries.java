package ca.imp.offerservice.employer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.store.StateView;
import ca.imp.eventstore.store.Transaction;
import ca.imp.offerservice.offer.Offer;

/**
 * One row per offer with what the employer views list and total: its status and where its fee
 * stands. Written from the offer's state in the transaction of every change to it, so the views
 * are never behind the offer itself.
 */
@Singleton
public class OfferSummaries implements StateView<Offer> {

    /** An offer as the employer's lists show it. */
    public record Summary(String offerNumber, Offer.Status status, String jobTitle, LocalDate startDate, String exemptionCode,
                          String applicationId, Offer.FeeStatus feeStatus, BigDecimal feeDue, String currency,
                          LocalDate feePaidOn, BigDecimal refundOwed, LocalDate refundFollowUpOn, LocalDate refundedOn,
                          String replaces, String resubmittedAs) {
    }

    public record Page(List<Summary> items, int page, int size, long total) {
    }

    private final Pool pool;

    OfferSummaries(Pool pool) {
        this.pool = pool;
    }

    void createTable(@Observes StartupEvent startup) {
        pool.query("""
                CREATE TABLE IF NOT EXISTS offer_summary (
                    offer_number        text PRIMARY KEY,
                    business_number     text          NOT NULL,
                    status              text          NOT NULL,
                    job_title           text          NOT NULL,
                    start_date          date          NOT NULL,
                    exemption_code      text          NOT NULL,
                    application_id      text,
                    fee_status          text          NOT NULL,
                    fee_due             numeric(12,2) NOT NULL,
                    currency            text          NOT NULL,
                    fee_paid_on         date,
                    refund_owed         numeric(12,2),
                    refund_follow_up_on date,
                    refunded_on         date,
                    replaces            text,
                    resubmitted_as      text,
                    submitted_at        timestamptz   NOT NULL DEFAULT now()
                );
                CREATE INDEX IF NOT EXISTS offer_summary_employer ON offer_summary (business_number, submitted_at);
                """).execute().await().atMost(Duration.ofSeconds(30));
    }

    @Override
    public Uni<Void> write(Transaction tx, String offerNumber, Offer offer) {
        var refund = offer.refundOwed();
        Tuple row = Tuple.tuple(new ArrayList<>(Arrays.asList(offer.offerNumber(),
                offer.terms().employer().businessNumber(), offer.status().name(), offer.terms().job().title(),
                offer.terms().job().startDate(), offer.terms().exemptionCode(), offer.applicationId(), offer.feeStatus().name(),
                offer.feeDue(), offer.currency(), offer.feePaidOn(), refund == null ? null : refund.amount(),
                refund == null ? null : refund.followUpOn(), offer.refundedOn(), offer.replaces(), offer.resubmittedAs())));
        return tx.preparedQuery("""
                        INSERT INTO offer_summary (offer_number, business_number, status, job_title, start_date, exemption_code,
                            application_id, fee_status, fee_due, currency, fee_paid_on, refund_owed, refund_follow_up_on,
                            refunded_on, replaces, resubmitted_as)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
                        ON CONFLICT (offer_number) DO UPDATE SET status = $3, application_id = $7, fee_status = $8,
                            fee_paid_on = $11, refund_owed = $12, refund_follow_up_on = $13, refunded_on = $14,
                            resubmitted_as = $16
                        """)
                .execute(row).replaceWithVoid();
    }

    /** The employer's offers, newest first, optionally of one status. */
    public Uni<Page> ofEmployer(String businessNumber, Offer.Status status, int page, int size) {
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
                        return Uni.createFrom().item(new Page(items, page, size, total));
                    }
                    // past the last page: the window function has no row to report the total on
                    return count(businessNumber, status).map(count -> new Page(items, page, size, count));
                });
    }

    /** Every offer of the employer, oldest first: what a fee ledger lists. */
    public Uni<List<Summary>> allOfEmployer(String businessNumber) {
        return pool.preparedQuery("SELECT * FROM offer_summary WHERE business_number = $1 ORDER BY submitted_at, offer_number")
                .execute(Tuple.of(businessNumber))
                .map(rows -> {
                    List<Summary> items = new ArrayList<>();
                    rows.forEach(row -> items.add(summary(row)));
                    return items;
                });
    }

    private Uni<Long> count(String businessNumber, Offer.Status status) {
        return (status == null
                ? pool.preparedQuery("SELECT count(*) AS n FROM offer_summary WHERE business_number = $1").execute(Tuple.of(businessNumber))
                : pool.preparedQuery("SELECT count(*) AS n FROM offer_summary WHERE business_number = $1 AND status = $2")
                        .execute(Tuple.of(businessNumber, status.name())))
                .map(rows -> rows.iterator().next().getLong("n"));
    }

    private static Summary summary(Row row) {
        return new Summary(row.getString("offer_number"), Offer.Status.valueOf(row.getString("status")),
                row.getString("job_title"), row.getLocalDate("start_date"), row.getString("exemption_code"),
                row.getString("application_id"), Offer.FeeStatus.valueOf(row.getString("fee_status")),
                row.getBigDecimal("fee_due"), row.getString("currency"), row.getLocalDate("fee_paid_on"),
                row.getBigDecimal("refund_owed"), row.getLocalDate("refund_follow_up_on"), row.getLocalDate("refunded_on"),
                row.getString("replaces"), row.getString("resubmitted_as"));
    }
}
