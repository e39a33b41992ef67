package ca.imp.offerservice.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An endpoint an employer's events are delivered to, as anyone who may manage it sees it: never its secret.
 *
 * @param eventTypes          the contract's names of the event types it receives
 * @param previousSecretUntil after a rotation, until when deliveries are signed with the replaced secret too
 * @param stoppedAt           when it was stopped: nothing is delivered to it any more
 */
public record WebhookSubscription(UUID subscriptionId, String businessNumber, String url, List<String> eventTypes,
                                  Instant createdAt, Optional<Instant> previousSecretUntil, Optional<Instant> stoppedAt) {

    /** The webhook subscription status vocabulary of docs/api-style.md. */
    public enum Status {
        ACTIVE, STOPPED
    }

    public Status status() {
        return stoppedAt.isPresent() ? Status.STOPPED : Status.ACTIVE;
    }
}
