package ca.imp.offerservice.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Signatures a Standard Webhooks receiver library verifies. */
class WebhookSignatureTest {

    @Test
    void a_signature_reproduces_the_standard_webhooks_reference_vector() {
        // the reference libraries' test vector (standard-webhooks/standard-webhooks, libraries/php/tests/WebhookTest.php)
        WebhookSecret secret = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                secret.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"));
    }

    @Test
    void a_new_secret_is_whsec_and_the_base64_of_as_many_random_bytes_as_the_policy_says() {
        WebhookSecret secret = WebhookSecret.random(32);
        assertTrue(secret.value().startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.value().substring(6)).length);
    }
}
