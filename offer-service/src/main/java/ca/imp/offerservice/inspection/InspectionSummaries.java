package ca.imp.offerservice.inspection;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.store.StateView;
import ca.imp.eventstore.store.Transaction;

/**
 * Which inspections each employer has, newest notice first: written in the transaction of every change to an
 * inspection, so that the list is never behind the inspections themselves.
 */
@Singleton
public class InspectionSummaries implements StateView<InspectionState> {
    private final Pool pool;

    InspectionSummaries(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<Void> write(Transaction tx, String inspectionId, InspectionState state) {
        if (!(state instanceof Inspection inspection)) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("""
                        INSERT INTO inspection_summary (inspection_id, business_number, notice_date) VALUES ($1, $2, $3)
                        ON CONFLICT (inspection_id) DO NOTHING
                        """)
                .execute(Tuple.of(inspectionId, inspection.businessNumber(), inspection.notice().noticeDate()))
                .replaceWithVoid();
    }

    /** A page of the ids of the employer's inspections, newest notice first. */
    Uni<Page<String>> ofEmployer(String businessNumber, int page, int size) {
        Uni<Long> total = pool.preparedQuery("SELECT count(*) AS n FROM inspection_summary WHERE business_number = $1")
                .execute(Tuple.of(businessNumber)).map(rows -> rows.iterator().next().getLong("n"));
        Uni<List<String>> ids = pool.preparedQuery("SELECT inspection_id FROM inspection_summary WHERE business_number = $1"
                        + " ORDER BY notice_date DESC, recorded_at DESC, inspection_id LIMIT $2 OFFSET $3")
                .execute(Tuple.of(businessNumber, size, page * size))
                .map(rows -> {
                    List<String> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(row.getString("inspection_id"));
                    }
                    return items;
                });
        return Uni.combine().all().unis(ids, total).asTuple().map(both -> new Page<>(both.getItem1(), page, size, both.getItem2()));
    }
}
