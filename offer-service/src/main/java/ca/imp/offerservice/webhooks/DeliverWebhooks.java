package ca.imp.offerservice.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

import ca.imp.eventstore.runtime.Today;
import ca.imp.eventstore.store.Transactions;
import ca.imp.offerservice.reference.WebhookDeliveryPolicies;

/**
 * Makes the attempts that are due: claims them, posts each body to its endpoint with the Standard Webhooks headers
 * ({@code webhook-id} = the event's id, the same in every attempt; {@code webhook-timestamp} = the attempt's second;
 * {@code webhook-signature} with the secret, and during a rotation's overlap with the replaced one too), waits the
 * policy's timeout, and records the attempt and what follows it by the policy's schedule. Redirects are not followed
 * (a 3xx is a failure, as the spec advises). Several instances share the work: a claim skips what another holds.
 */
@Singleton
public class DeliverWebhooks {
    private static final Logger LOG = Logger.getLogger(DeliverWebhooks.class);
    /** How long past the request timeout a claimed attempt is left to its worker before another may make it. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final WebhookSecretSeal secrets;
    private final WebhookDeliveryPolicies policies;
    private final Transactions transactions;
    private final Clock clock;
    private final Today today;
    private final int batchSize;
    private final MeterRegistry meters;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    DeliverWebhooks(WebhookDeliveries deliveries, WebhookEndpoints endpoints, WebhookSecretSeal secrets,
                    WebhookDeliveryPolicies policies, Transactions transactions, Clock clock, Today today,
                    @ConfigProperty(name = "imp.webhooks.batch-size", defaultValue = "50") int batchSize,
                    MeterRegistry meters) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.policies = policies;
        this.transactions = transactions;
        this.clock = clock;
        this.today = today;
        this.batchSize = batchSize;
        this.meters = meters;
        // every series from the start, so a rate over them is defined before the first attempt
        List.of(WebhookDelivery.Status.DELIVERED, WebhookDelivery.Status.PENDING, WebhookDelivery.Status.FAILED)
                .forEach(this::attempts);
    }

    /** Attempts recorded, by the delivery's status after them: DELIVERED, PENDING (failed, tried again later), FAILED (given up). */
    private Counter attempts(WebhookDelivery.Status status) {
        return Counter.builder("imp.webhook.attempts").description("Webhook delivery attempts, by the delivery's status after them")
                .tag("status", status.name()).register(meters);
    }

    @Scheduled(every = "${imp.webhooks.delivery-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void deliverDue() {
        WebhookDeliveryPolicies.Policy policy = policies.inForceOn(today.date());
        Instant now = clock.instant();
        List<WebhookDeliveries.Due> due = deliveries.claim(now, now.plus(policy.requestTimeout()).plus(LEASE_MARGIN), batchSize)
                .await().indefinitely();
        CompletableFuture.allOf(due.stream().map(delivery -> attempt(delivery, policy)).toArray(CompletableFuture[]::new)).join();
    }

    private CompletableFuture<Void> attempt(WebhookDeliveries.Due due, WebhookDeliveryPolicies.Policy policy) {
        Instant attemptedAt = clock.instant();
        Optional<WebhookError> refusal = endpoints.refusal(due.url());
        if (refusal.isPresent()) {
            return record(due, policy, attemptedAt, Optional.empty(), Optional.of(refusal.get().detail()));
        }
        long timestamp = attemptedAt.getEpochSecond();
        String id = due.eventId().toString();
        String signatures;
        try {
            signatures = signatures(due, id, timestamp, attemptedAt);
        } catch (IllegalStateException e) {
            // a master key missing from the configuration: nothing is sent or counted, the lease runs out and the
            // attempt is made again once the key is back, so the employer's deliveries wait rather than fail
            LOG.errorf("webhook delivery %s cannot be signed: %s", due.deliveryId(), e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(due.url()))
                .timeout(policy.requestTimeout())
                .header("content-type", CloudEventBody.MEDIA_TYPE)
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signatures)
                .POST(HttpRequest.BodyPublishers.ofString(due.body()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null
                        ? record(due, policy, attemptedAt, Optional.of(response.statusCode()), Optional.empty())
                        : record(due, policy, attemptedAt, Optional.empty(), Optional.of(reason(failure))))
                .thenCompose(recorded -> recorded);
    }

    /** The new secret's signature, and during a rotation's overlap the replaced one's; each is opened only for this. */
    private String signatures(WebhookDeliveries.Due due, String id, long timestamp, Instant attemptedAt) {
        String current = secrets.open(due.businessNumber(), due.subscriptionId(), due.secret()).sign(id, timestamp, due.body());
        return current + due.previousSecret()
                .filter(previous -> due.previousSecretUntil().filter(attemptedAt::isBefore).isPresent())
                .map(previous -> " " + secrets.open(due.businessNumber(), due.subscriptionId(), previous)
                        .sign(id, timestamp, due.body()))
                .orElse("");
    }

    private CompletableFuture<Void> record(WebhookDeliveries.Due due, WebhookDeliveryPolicies.Policy policy, Instant attemptedAt,
                                           Optional<Integer> statusCode, Optional<String> error) {
        NextAttempt next = NextAttempt.after(policy.retryDelays(), due.attempts() + 1, statusCode, clock.instant());
        if (next.status() == WebhookDelivery.Status.FAILED) {
            LOG.warnf("webhook delivery %s of event %s to %s failed after %d attempts", due.deliveryId(), due.eventId(),
                    due.url(), due.attempts() + 1);
        }
        return transactions.inTransaction(tx -> deliveries.record(tx, due, attemptedAt, statusCode, error, next))
                .invoke(() -> attempts(next.status()).increment())
                .subscribeAsCompletionStage()
                .exceptionally(failure -> {
                    // the lease runs out and the attempt is made again: at least once, never lost
                    LOG.errorf("the attempt at webhook delivery %s could not be recorded: %s", due.deliveryId(), failure.getMessage());
                    return null;
                });
    }

    /** Why no answer came, in words an employer can read (never a Java class name). */
    private static String reason(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return "no answer within the timeout";
        }
        if (cause instanceof java.net.ConnectException) {
            return "the connection was refused or could not be made";
        }
        return "the request failed: " + (cause.getMessage() == null ? "the connection was lost" : cause.getMessage());
    }
}
