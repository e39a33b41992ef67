package ca.imp.offerservice.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.paging.Page;

/** Operators list who read personal data, newest first: the log holds who, when and which offer, never the data. */
@Singleton
public class ListPersonalDataReads {
    private final Pool pool;

    ListPersonalDataReads(Pool pool) {
        this.pool = pool;
    }

    /**
     * One read of an offer's personal data.
     *
     * @param reader who read it, as {@code role:subject}
     */
    public record LoggedRead(
            @Schema(description = "The offer whose personal data was read.", example = "A8108406")
            String offerNumber,
            @Schema(description = "Who read it, as role:subject.", example = "employer:auth0-5f3a")
            String reader,
            @Schema(description = "The reader's role.", example = "employer")
            String role,
            @Schema(description = "When it was read.", example = "2026-05-04T14:03:11Z")
            Instant readAt) {
    }

    /**
     * @param offerNumber only the reads of this offer; null for every offer
     * @param reader      only the reads by this {@code role:subject}; null for every reader
     */
    public Uni<Page<LoggedRead>> list(String offerNumber, String reader, int page, int size) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (offerNumber != null) {
            params.add(offerNumber);
            where.add("offer_number = $" + params.size());
        }
        if (reader != null) {
            params.add(reader);
            where.add("reader = $" + params.size());
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Tuple filterParams = Tuple.from(params);
        params.add(size);
        params.add((long) page * size);
        String select = "SELECT offer_number, reader, role, read_at FROM personal_data_reads" + filter
                + " ORDER BY id DESC LIMIT $" + (params.size() - 1) + " OFFSET $" + params.size();
        return pool.preparedQuery(select).execute(Tuple.from(params))
                .chain(rows -> {
                    List<LoggedRead> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(new LoggedRead(row.getString("offer_number"), row.getString("reader"), row.getString("role"),
                                row.getOffsetDateTime("read_at").toInstant()));
                    }
                    return pool.preparedQuery("SELECT count(*) AS total FROM personal_data_reads" + filter).execute(filterParams)
                            .map(count -> new Page<>(items, page, size, count.iterator().next().getLong("total")));
                });
    }
}
