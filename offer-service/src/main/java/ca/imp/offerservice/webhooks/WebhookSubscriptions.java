package ca.imp.offerservice.webhooks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.access.Caller;
import ca.imp.access.Role;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.store.DomainRejection;
import ca.imp.eventstore.store.Transaction;
import ca.imp.offerservice.employer.EmployerNotFound;
import ca.imp.offerservice.privacy.EmployerDataSeal;

/**
 * The webhook subscriptions, in the table webhook_subscription (db/migration V8), each of one employer; their secrets
 * are stored sealed ({@link WebhookSecretSeal}).
 */
@Singleton
public class WebhookSubscriptions {
    private static final String COLUMNS = "subscription_id, business_number, url, event_types, created_at,"
            + " previous_secret_until, stopped_at";

    private final Pool pool;
    private final WebhookSecretSeal secrets;

    WebhookSubscriptions(Pool pool, WebhookSecretSeal secrets) {
        this.pool = pool;
        this.secrets = secrets;
    }

    Uni<WebhookSubscription> add(Transaction tx, String businessNumber, String url, List<String> eventTypes,
                                 WebhookSecret secret, String actor, Instant now) {
        UUID subscriptionId = UUID.randomUUID();
        EmployerDataSeal.Sealed sealed = secrets.seal(businessNumber, subscriptionId, secret);
        return tx.preparedQuery("INSERT INTO webhook_subscription (subscription_id, business_number, url, event_types,"
                        + " secret_ciphertext, secret_master_key_id, secret_wrapped_key, created_at, created_by)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING " + COLUMNS)
                .execute(Tuple.tuple(Arrays.asList(subscriptionId, businessNumber, url, eventTypes.toArray(String[]::new),
                        Buffer.buffer(sealed.ciphertext()), sealed.masterKeyId(), Buffer.buffer(sealed.wrappedKey()), at(now), actor)))
                .map(rows -> subscription(rows.iterator().next()));
    }

    Uni<Optional<WebhookSubscription>> find(String businessNumber, UUID subscriptionId) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM webhook_subscription WHERE business_number = $1"
                        + " AND subscription_id = $2")
                .execute(Tuple.of(businessNumber, subscriptionId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(subscription(rows.iterator().next())));
    }

    /** The employer's subscriptions, the oldest first, stopped ones included. */
    Uni<Page<WebhookSubscription>> ofEmployer(String businessNumber, int page, int size) {
        return pool.preparedQuery("SELECT " + COLUMNS + ", count(*) OVER () AS total FROM webhook_subscription"
                        + " WHERE business_number = $1 ORDER BY created_at, subscription_id LIMIT $2 OFFSET $3")
                .execute(Tuple.of(businessNumber, size, (long) page * size))
                .chain(rows -> {
                    List<WebhookSubscription> items = new ArrayList<>();
                    rows.forEach(row -> items.add(subscription(row)));
                    if (!items.isEmpty() || page == 0) {
                        long total = items.isEmpty() ? 0 : rows.iterator().next().getLong("total");
                        return Uni.createFrom().item(new Page<>(items, page, size, total));
                    }
                    return pool.preparedQuery("SELECT count(*) FROM webhook_subscription WHERE business_number = $1")
                            .execute(Tuple.of(businessNumber))
                            .map(count -> new Page<>(items, page, size, count.iterator().next().getLong(0)));
                });
    }

    /** Stops it, and every delivery to it still pending; stopping it again changes nothing. */
    Uni<Void> stop(Transaction tx, UUID subscriptionId, Instant now) {
        return tx.preparedQuery("UPDATE webhook_subscription SET stopped_at = $2 WHERE subscription_id = $1 AND stopped_at IS NULL")
                .execute(Tuple.of(subscriptionId, at(now)))
                .chain(() -> tx.preparedQuery("UPDATE webhook_delivery SET status = 'STOPPED', next_attempt_at = NULL"
                        + " WHERE subscription_id = $1 AND status = 'PENDING'").execute(Tuple.of(subscriptionId)))
                .replaceWithVoid();
    }

    /**
     * Signs with the new secret from now on, and with the one it replaces too until {@code overlapUntil}. The replaced
     * secret moves as it is sealed, never opened: both are sealed for the same subscription.
     */
    Uni<Boolean> rotate(Transaction tx, String businessNumber, UUID subscriptionId, WebhookSecret secret, Instant overlapUntil) {
        EmployerDataSeal.Sealed sealed = secrets.seal(businessNumber, subscriptionId, secret);
        return tx.preparedQuery("UPDATE webhook_subscription SET previous_secret_ciphertext = secret_ciphertext,"
                        + " previous_secret_master_key_id = secret_master_key_id, previous_secret_wrapped_key = secret_wrapped_key,"
                        + " previous_secret_until = $5, secret_ciphertext = $2, secret_master_key_id = $3, secret_wrapped_key = $4"
                        + " WHERE subscription_id = $1 AND stopped_at IS NULL")
                .execute(Tuple.of(subscriptionId, Buffer.buffer(sealed.ciphertext()), sealed.masterKeyId(),
                        Buffer.buffer(sealed.wrappedKey()), at(overlapUntil)))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * An employer's subscriptions are managed by the employer and its representatives, and by operators for a partner
     * acting for an employer; anyone else is answered as if the employer were unknown.
     */
    static void unlessManagedBy(Caller caller, String businessNumber) {
        if (!caller.actsFor(businessNumber) && caller.role() != Role.OPS) {
            throw new DomainRejection(new EmployerNotFound(businessNumber));
        }
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static WebhookSubscription subscription(Row row) {
        return new WebhookSubscription(row.getUUID("subscription_id"), row.getString("business_number"), row.getString("url"),
                List.of(row.getArrayOfStrings("event_types")), row.getOffsetDateTime("created_at").toInstant(),
                Optional.ofNullable(row.getOffsetDateTime("previous_secret_until")).map(OffsetDateTime::toInstant),
                Optional.ofNullable(row.getOffsetDateTime("stopped_at")).map(OffsetDateTime::toInstant));
    }
}
