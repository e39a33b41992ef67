package ca.imp.offerservice.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The production delivery policy of webhooks, as its policy data says (the tests run with a shorter schedule). */
class WebhookDeliveryPolicyTest {
    private final WebhookDeliveryPolicies.Policy production = new WebhookDeliveryPolicies("reference/webhook-delivery-policy.json")
            .inForceOn(LocalDate.parse("2026-11-28"));

    @Test
    void a_delivery_is_retried_for_at_least_24_hours_with_growing_delays() {
        assertTrue(production.retriedFor().compareTo(Duration.ofHours(24)) >= 0, "retried for " + production.retriedFor());
        assertEquals(Duration.ZERO, production.retryDelays().get(0), "the first attempt is made at once");
        for (int i = 2; i < production.retryDelays().size(); i++) {
            assertTrue(production.retryDelays().get(i).compareTo(production.retryDelays().get(i - 1)) > 0);
        }
        assertTrue(production.source().contains("standard-webhooks"));
    }

    @Test
    void an_endpoint_has_15_to_30_seconds_to_answer_and_a_rotated_secret_still_signs_for_a_day() {
        assertTrue(production.requestTimeout().compareTo(Duration.ofSeconds(15)) >= 0
                && production.requestTimeout().compareTo(Duration.ofSeconds(30)) <= 0);
        assertEquals(Duration.ofHours(24), production.rotationOverlap());
        assertTrue(production.secretBytes() >= 24, "the spec asks for at least 24 bytes");
    }
}
