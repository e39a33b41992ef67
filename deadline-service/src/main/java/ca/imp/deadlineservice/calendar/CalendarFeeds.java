package ca.imp.deadlineservice.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.eventstore.store.Transaction;

/**
 * The calendar feeds, as rows in PostgreSQL keyed by the SHA-256 of their secret (never the secret).
 * Revoking a feed marks its row revoked, so its address stops working at once, and revoking it again
 * is known for the repeat it is.
 */
@Singleton
public class CalendarFeeds {
    private static final String COLUMNS = "feed_id, business_number, created_at, created_by, last_used_at";

    private final Pool pool;

    CalendarFeeds(Pool pool) {
        this.pool = pool;
    }

    /** Opens a feed inside the caller's transaction, with whatever else must commit with it. */
    public Uni<CalendarFeed> open(Transaction tx, String businessNumber, FeedSecret secret, String createdBy, Instant at) {
        UUID feedId = UUID.randomUUID();
        return tx.preparedQuery("INSERT INTO calendar_feeds (feed_id, business_number, secret_sha256, created_at, created_by)"
                        + " VALUES ($1, $2, $3, $4, $5)")
                .execute(Tuple.of(feedId, businessNumber, secret.hash(), utc(at), createdBy))
                .map(inserted -> new CalendarFeed(feedId, businessNumber, at, createdBy, null));
    }

    /** The employer's feeds, oldest first. */
    public Uni<List<CalendarFeed>> of(String businessNumber) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM calendar_feeds WHERE business_number = $1 AND revoked_at IS NULL"
                        + " ORDER BY created_at, feed_id")
                .execute(Tuple.of(businessNumber))
                .map(rows -> {
                    List<CalendarFeed> feeds = new ArrayList<>();
                    rows.forEach(row -> feeds.add(toFeed(row)));
                    return feeds;
                });
    }

    /** @return whether the employer has, or had, this feed; a feed revoked before keeps its first revocation */
    public Uni<Boolean> revoke(String businessNumber, UUID feedId, Instant at) {
        return pool.preparedQuery("UPDATE calendar_feeds SET revoked_at = COALESCE(revoked_at, $3)"
                        + " WHERE feed_id = $1 AND business_number = $2")
                .execute(Tuple.of(feedId, businessNumber, utc(at)))
                .map(deleted -> deleted.rowCount() == 1);
    }

    /** The feed at this secret, now marked used; empty if there is none. */
    public Uni<Optional<CalendarFeed>> use(FeedSecret secret, Instant at) {
        return pool.preparedQuery("UPDATE calendar_feeds SET last_used_at = $2 WHERE secret_sha256 = $1 AND revoked_at IS NULL RETURNING " + COLUMNS)
                .execute(Tuple.of(secret.hash(), utc(at)))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toFeed(rows.iterator().next())));
    }

    private static CalendarFeed toFeed(Row row) {
        return new CalendarFeed(row.getUUID("feed_id"), row.getString("business_number"),
                row.getOffsetDateTime("created_at").toInstant(), row.getString("created_by"),
                Optional.ofNullable(row.getOffsetDateTime("last_used_at")).map(OffsetDateTime::toInstant).orElse(null));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
