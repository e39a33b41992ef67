package ca.imp.offerservice.deadlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The deadlines offer-service has heard of on imp.deadlines, soonest due first: those of one offer, or every one an
 * employer has (its offers' and its inspections'). They are as recent as the last event the consumer applied. Whether
 * a caller may read them is the use case's to check, as it checks the offer or the employer it reads them for.
 */
@Singleton
public class Deadlines {
    private static final String COLUMNS = "deadline_id, offer_number, inspection_id, kind, start_date, due_date, basis,"
            + " provisional, status, met_on, met_note";

    private final Pool pool;

    Deadlines(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Deadline>> ofOffer(String offerNumber) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM deadline WHERE offer_number = $1 ORDER BY due_date, kind, deadline_id")
                .execute(Tuple.of(offerNumber)).map(Deadlines::deadlines);
    }

    /** The deadlines of the employer's offers (an offer's employer is its summary's) and of its inspections. */
    public Uni<List<Deadline>> ofEmployer(String businessNumber) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM deadline WHERE business_number = $1"
                        + " OR offer_number IN (SELECT offer_number FROM offer_summary WHERE business_number = $1)"
                        + " ORDER BY due_date, kind, deadline_id")
                .execute(Tuple.of(businessNumber)).map(Deadlines::deadlines);
    }

    private static List<Deadline> deadlines(RowSet<Row> rows) {
        List<Deadline> deadlines = new ArrayList<>();
        for (Row row : rows) {
            deadlines.add(new Deadline(row.getUUID("deadline_id"), Optional.ofNullable(row.getString("offer_number")),
                    Optional.ofNullable(row.getString("inspection_id")), row.getString("kind"),
                    Optional.ofNullable(row.getLocalDate("start_date")), row.getLocalDate("due_date"),
                    Optional.ofNullable(row.getString("basis")), row.getBoolean("provisional"),
                    Deadline.Status.valueOf(row.getString("status")), Optional.ofNullable(row.getLocalDate("met_on")),
                    Optional.ofNullable(row.getString("met_note"))));
        }
        return deadlines;
    }
}
