package ca.imp.offerservice.reference;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How webhooks are delivered, as policy data with its source (reference/webhook-delivery-policy.json): when each
 * attempt is made after the one before, how long an endpoint has to answer, how long a rotated secret still signs,
 * and how long a new secret is. {@code imp.webhooks.delivery-policy} names another file (the tests shorten the
 * schedule so).
 */
@Singleton
public class WebhookDeliveryPolicies {

    /**
     * @param retryDelays     the wait before each attempt, the first counted from the event (immediately), each next
     *                        one from the attempt before; after the last attempt fails the delivery has failed
     * @param requestTimeout  how long an endpoint has to answer an attempt
     * @param rotationOverlap how long, after a rotation, deliveries are signed with the replaced secret too
     * @param secretBytes     how many random bytes a new secret has
     */
    public record Policy(List<Duration> retryDelays, Duration requestTimeout, Duration rotationOverlap, int secretBytes,
                         LocalDate effectiveFrom, LocalDate effectiveTo, String source) implements ReferenceTable.Dated {

        /** How long a delivery is tried in all, from the first attempt to the last. */
        public Duration retriedFor() {
            return retryDelays.stream().skip(1).reduce(Duration.ZERO, Duration::plus);
        }
    }

    private final List<Policy> policies;

    WebhookDeliveryPolicies(@ConfigProperty(name = "imp.webhooks.delivery-policy",
            defaultValue = "reference/webhook-delivery-policy.json") String resource) {
        this.policies = ReferenceTable.load(resource, Policy.class);
    }

    public Policy inForceOn(LocalDate date) {
        return policies.stream().filter(policy -> policy.inForceOn(date)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no webhook delivery policy is in force on " + date));
    }
}
