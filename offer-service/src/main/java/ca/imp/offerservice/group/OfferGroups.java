package ca.imp.offerservice.group;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.store.Transaction;

/** The groups of offers submitted together, one row each, written in the transaction that submits their offers. */
@Singleton
public class OfferGroups {
    private final Pool pool;

    OfferGroups(Pool pool) {
        this.pool = pool;
    }

    Uni<Void> record(Transaction tx, OfferGroup group) {
        return tx.preparedQuery("""
                        INSERT INTO offer_group (group_id, business_number, kind, offer_numbers, total_fee, currency, submitted_on)
                        VALUES ($1, $2, $3, $4, $5, $6, $7)""")
                .execute(Tuple.from(List.of(group.id(), group.businessNumber(), group.kind(),
                        group.offerNumbers().toArray(String[]::new), group.totalFee(), group.currency(), group.submittedOn())))
                .replaceWithVoid();
    }

    Uni<Optional<OfferGroup>> find(String groupId) {
        return pool.preparedQuery("SELECT * FROM offer_group WHERE group_id = $1").execute(Tuple.of(groupId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(group(rows.iterator().next())));
    }

    private static OfferGroup group(Row row) {
        return new OfferGroup(row.getString("group_id"), row.getString("business_number"), row.getString("kind"),
                List.of(row.getArrayOfStrings("offer_numbers")), row.getBigDecimal("total_fee"), row.getString("currency"),
                row.getLocalDate("submitted_on"));
    }
}
