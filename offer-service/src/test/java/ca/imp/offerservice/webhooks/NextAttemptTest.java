package ca.imp.offerservice.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What follows an attempt, by a retry schedule (the first of Standard Webhooks' example schedule here). */
class NextAttemptTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final List<Duration> SCHEDULE = List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30));

    @Test
    void a_2xx_answer_delivers() {
        // given the first attempt, when the endpoint answers 204, then the delivery is done
        assertEquals(new NextAttempt(WebhookDelivery.Status.DELIVERED, Optional.empty()), NextAttempt.after(SCHEDULE, 1, Optional.of(204), NOW));
    }

    @Test
    void a_failed_attempt_waits_the_next_delay_of_the_schedule() {
        assertEquals(new NextAttempt(WebhookDelivery.Status.PENDING, Optional.of(NOW.plusSeconds(5))),
                NextAttempt.after(SCHEDULE, 1, Optional.of(500), NOW));
        // no answer at all (a timeout, a refused connection) is a failure too
        assertEquals(new NextAttempt(WebhookDelivery.Status.PENDING, Optional.of(NOW.plus(Duration.ofMinutes(30)))),
                NextAttempt.after(SCHEDULE, 3, Optional.empty(), NOW));
    }

    @Test
    void a_redirect_is_a_failure() {
        assertEquals(WebhookDelivery.Status.PENDING, NextAttempt.after(SCHEDULE, 1, Optional.of(301), NOW).status());
    }

    @Test
    void the_last_attempt_of_the_schedule_that_fails_fails_the_delivery() {
        assertEquals(new NextAttempt(WebhookDelivery.Status.FAILED, Optional.empty()), NextAttempt.after(SCHEDULE, 4, Optional.of(500), NOW));
    }
}
