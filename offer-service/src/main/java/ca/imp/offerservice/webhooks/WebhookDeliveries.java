package ca.imp.offerservice.webhooks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.eventstore.paging.Page;
import ca.imp.eventstore.store.Transaction;
import ca.imp.offerservice.privacy.EmployerDataSeal;

/**
 * The deliveries of events to subscriptions (webhook_delivery) and their attempts (webhook_attempt). An event is queued
 * once per subscription whatever how often it arrives: (subscription, event id) is unique.
 */
@Singleton
public class WebhookDeliveries {
    private final Pool pool;

    WebhookDeliveries(Pool pool) {
        this.pool = pool;
    }

    /** An attempt to make now, claimed until {@code leasedUntil}; the subscription's secrets still sealed. */
    record Due(UUID deliveryId, UUID eventId, String body, int attempts, String url, UUID subscriptionId,
               String businessNumber, EmployerDataSeal.Sealed secret, Optional<EmployerDataSeal.Sealed> previousSecret,
               Optional<Instant> previousSecretUntil) {
    }

    /**
     * Queues the event, due at once, for every running subscription of the employer that asked for its type.
     *
     * @param businessNumber the employer the event concerns
     */
    Uni<Void> queue(Transaction tx, String businessNumber, EventEnvelope envelope, String data, Instant now) {
        return tx.preparedQuery("""
                        INSERT INTO webhook_delivery (delivery_id, subscription_id, event_id, event_type, body, status,
                                                      next_attempt_at, created_at)
                        SELECT gen_random_uuid(), subscription_id, $2, $3, $4, 'PENDING', $5, $5 FROM webhook_subscription
                        WHERE business_number = $1 AND stopped_at IS NULL AND $6 = ANY (event_types)
                        ON CONFLICT (subscription_id, event_id) DO NOTHING""")
                .execute(Tuple.tuple(Arrays.asList(businessNumber, envelope.id(), envelope.type(),
                        CloudEventBody.of(envelope, data), WebhookSubscriptions.at(now), envelope.eventType())))
                .replaceWithVoid();
    }

    /**
     * Claims up to {@code limit} deliveries due by {@code now}, each until {@code leasedUntil}: another worker skips them,
     * and takes one again only if this one never recorded its attempt (it crashed), so a delivery may be sent twice,
     * never lost. One statement, so no transaction stays open while the endpoints are called.
     */
    Uni<List<Due>> claim(Instant now, Instant leasedUntil, int limit) {
        return pool.preparedQuery("""
                        UPDATE webhook_delivery d SET next_attempt_at = $2 FROM webhook_subscription s
                        WHERE s.subscription_id = d.subscription_id AND d.delivery_id IN (
                            SELECT delivery_id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= $1
                            ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
                        RETURNING d.delivery_id, d.event_id, d.body, d.attempts, s.url, s.subscription_id,
                                  s.business_number, s.secret_ciphertext, s.secret_master_key_id, s.secret_wrapped_key,
                                  s.previous_secret_ciphertext, s.previous_secret_master_key_id,
                                  s.previous_secret_wrapped_key, s.previous_secret_until""")
                .execute(Tuple.of(WebhookSubscriptions.at(now), WebhookSubscriptions.at(leasedUntil), limit))
                .map(rows -> {
                    List<Due> due = new ArrayList<>();
                    for (Row row : rows) {
                        due.add(new Due(row.getUUID("delivery_id"), row.getUUID("event_id"), row.getString("body"),
                                row.getInteger("attempts"), row.getString("url"), row.getUUID("subscription_id"),
                                row.getString("business_number"), sealed(row, "secret_").orElseThrow(),
                                sealed(row, "previous_secret_"),
                                Optional.ofNullable(row.getOffsetDateTime("previous_secret_until")).map(OffsetDateTime::toInstant)));
                    }
                    return due;
                });
    }

    private static Optional<EmployerDataSeal.Sealed> sealed(Row row, String prefix) {
        return Optional.ofNullable(row.getBuffer(prefix + "ciphertext")).map(ciphertext -> new EmployerDataSeal.Sealed(
                ciphertext.getBytes(), row.getString(prefix + "master_key_id"), row.getBuffer(prefix + "wrapped_key").getBytes()));
    }

    /**
     * Records the attempt and what follows it, unless another worker recorded this attempt first (its lease ran out) or
     * the subscription was stopped meanwhile.
     */
    Uni<Void> record(Transaction tx, Due due, Instant attemptedAt, Optional<Integer> statusCode, Optional<String> error,
                     NextAttempt next) {
        int attempt = due.attempts() + 1;
        return tx.preparedQuery("""
                        UPDATE webhook_delivery SET attempts = $2, status = $3, next_attempt_at = $4
                        WHERE delivery_id = $1 AND attempts = $5 AND status = 'PENDING'""")
                .execute(Tuple.tuple(Arrays.asList(due.deliveryId(), attempt, next.status().name(),
                        next.at().map(WebhookSubscriptions::at).orElse(null), due.attempts())))
                .chain(updated -> updated.rowCount() == 0 ? Uni.createFrom().voidItem() : tx.preparedQuery("""
                                INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, status_code, error)
                                VALUES ($1, $2, $3, $4, $5)""")
                        .execute(Tuple.tuple(Arrays.asList(due.deliveryId(), attempt, WebhookSubscriptions.at(attemptedAt),
                                statusCode.orElse(null), error.orElse(null))))
                        .replaceWithVoid());
    }

    /** A page of the subscription's deliveries, the newest first, each with its attempts. */
    Uni<Page<WebhookDelivery>> ofSubscription(UUID subscriptionId, int page, int size) {
        return pool.preparedQuery("""
                        SELECT d.delivery_id, d.event_id, d.event_type, d.status, d.created_at, d.next_attempt_at,
                               a.attempt, a.attempted_at, a.status_code, a.error,
                               (SELECT count(*) FROM webhook_delivery WHERE subscription_id = $1) AS total
                        FROM (SELECT * FROM webhook_delivery WHERE subscription_id = $1
                              ORDER BY created_at DESC, delivery_id LIMIT $2 OFFSET $3) d
                        LEFT JOIN webhook_attempt a ON a.delivery_id = d.delivery_id
                        ORDER BY d.created_at DESC, d.delivery_id, a.attempt""")
                .execute(Tuple.of(subscriptionId, size, (long) page * size))
                .chain(rows -> {
                    Map<UUID, Row> deliveries = new LinkedHashMap<>();
                    Map<UUID, List<WebhookDelivery.Attempt>> attempts = new LinkedHashMap<>();
                    long total = -1;
                    for (Row row : rows) {
                        total = row.getLong("total");
                        UUID id = row.getUUID("delivery_id");
                        deliveries.putIfAbsent(id, row);
                        List<WebhookDelivery.Attempt> made = attempts.computeIfAbsent(id, any -> new ArrayList<>());
                        if (row.getInteger("attempt") != null) {
                            made.add(new WebhookDelivery.Attempt(row.getInteger("attempt"),
                                    row.getOffsetDateTime("attempted_at").toInstant(),
                                    Optional.ofNullable(row.getInteger("status_code")), Optional.ofNullable(row.getString("error"))));
                        }
                    }
                    List<WebhookDelivery> items = new ArrayList<>();
                    deliveries.forEach((id, row) -> items.add(new WebhookDelivery(id, row.getUUID("event_id"),
                            row.getString("event_type"), WebhookDelivery.Status.valueOf(row.getString("status")), row.getOffsetDateTime("created_at").toInstant(),
                            Optional.ofNullable(row.getOffsetDateTime("next_attempt_at")).map(OffsetDateTime::toInstant),
                            List.copyOf(attempts.get(id)))));
                    if (total >= 0) {
                        return Uni.createFrom().item(new Page<>(items, page, size, total));
                    }
                    return pool.preparedQuery("SELECT count(*) FROM webhook_delivery WHERE subscription_id = $1")
                            .execute(Tuple.of(subscriptionId))
                            .map(count -> new Page<>(items, page, size, count.iterator().next().getLong(0)));
                });
    }
}
