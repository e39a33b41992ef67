package ca.imp.offerservice.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A subscription's signing secret as Standard Webhooks writes it, {@code whsec_} and the base64 of its random bytes,
 * and the {@code v1} signature it makes: the base64 of HMAC-SHA256, keyed with those bytes, over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
public record WebhookSecret(String value) {
    private static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public WebhookSecret {
        if (!value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
    }

    static WebhookSecret random(int bytes) {
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** {@code v1,<signature>} of one attempt. */
    public String sign(String webhookId, long timestamp, String body) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(Base64.getDecoder().decode(value.substring(PREFIX.length())), "HmacSHA256"));
            byte[] signature = hmac.doFinal((webhookId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSecret[whsec_***]";
    }
}
