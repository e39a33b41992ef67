package ca.imp.offerservice.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What follows an attempt, by the retry schedule: a 2xx answer delivers; any other answer, or none, waits the
 * schedule's next delay, and after the schedule's last attempt the delivery has failed.
 *
 * @param status one of the delivery's statuses: DELIVERED, PENDING, FAILED
 * @param at     when the next attempt is made, for a PENDING one
 */
record NextAttempt(WebhookDelivery.Status status, Optional<Instant> at) {

    /**
     * @param retryDelays the policy's delays, the first before the first attempt
     * @param attempts    how many attempts have now been made, this one included
     * @param statusCode  the endpoint's answer, if it answered
     */
    static NextAttempt after(List<Duration> retryDelays, int attempts, Optional<Integer> statusCode, Instant now) {
        if (statusCode.filter(code -> code >= 200 && code < 300).isPresent()) {
            return new NextAttempt(WebhookDelivery.Status.DELIVERED, Optional.empty());
        }
        if (attempts >= retryDelays.size()) {
            return new NextAttempt(WebhookDelivery.Status.FAILED, Optional.empty());
        }
        return new NextAttempt(WebhookDelivery.Status.PENDING, Optional.of(now.plus(retryDelays.get(attempts))));
    }
}
