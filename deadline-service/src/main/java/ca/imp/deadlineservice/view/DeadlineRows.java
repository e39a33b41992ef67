package ca.imp.deadlineservice.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads the deadline view's rows; lists come in due-date order, then by kind. */
@Singleton
public class DeadlineRows {
    private static final String SELECT = "SELECT deadline_id, offer_number, application_id, kind, status, start_date,"
            + " due_date, basis, source, warnings, met_on, provisional, inspection_id, business_number FROM deadline_view";
    private static final String ORDER = " ORDER BY due_date, kind";

    private final Pool pool;

    DeadlineRows(Pool pool) {
        this.pool = pool;
    }

    /** One row that matches, if any. */
    public Uni<Optional<DeadlineRecord>> first(DeadlineFilter filter) {
        return select(filter.sql() + " LIMIT 1", filter.values())
                .map(rows -> rows.stream().findFirst());
    }

    /** Every row that matches. */
    public Uni<List<DeadlineRecord>> all(DeadlineFilter filter) {
        return select(filter.sql() + ORDER, filter.values());
    }

    /** One page of the rows that match; {@code page} counts from 0. */
    public Uni<List<DeadlineRecord>> page(DeadlineFilter filter, int page, int size) {
        List<Object> values = filter.values();
        values.add(size);
        values.add((long) page * size);
        return select(filter.sql() + ORDER + " LIMIT $" + (values.size() - 1) + " OFFSET $" + values.size(), values);
    }

    /** How many rows match. */
    public Uni<Long> count(DeadlineFilter filter) {
        return pool.preparedQuery("SELECT count(*) FROM deadline_view" + filter.sql()).execute(Tuple.tuple(filter.values()))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private Uni<List<DeadlineRecord>> select(String rest, List<Object> values) {
        return pool.preparedQuery(SELECT + rest).execute(Tuple.tuple(values)).map(DeadlineRows::records);
    }

    private static List<DeadlineRecord> records(RowSet<Row> rows) {
        List<DeadlineRecord> records = new ArrayList<>();
        rows.forEach(row -> records.add(new DeadlineRecord(row.getUUID("deadline_id"), row.getString("offer_number"),
                row.getString("application_id"), row.getString("kind"), DeadlineRecord.Status.valueOf(row.getString("status")),
                row.getLocalDate("start_date"), row.getLocalDate("due_date"), row.getString("basis"), row.getString("source"),
                DeadlineRecord.splitWarnings(row.getString("warnings")), row.getLocalDate("met_on"),
                row.getBoolean("provisional"), row.getString("inspection_id"), row.getString("business_number"))));
        return records;
    }
}
