package ca.imp.offerservice.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.inject.Singleton;

import ca.imp.offerservice.privacy.EmployerDataSeal;

/**
 * Keeps a subscription's signing secret sealed at rest as an employer's data is ({@link EmployerDataSeal}): it cannot
 * be hashed, since every delivery is signed with it, so a copy of the database without the master key must not give
 * it away (whoever holds it could forge deliveries). The seal is bound to the employer and to the subscription, so a
 * sealed secret moved onto another subscription's row does not open. It is opened only to sign an attempt.
 */
@Singleton
public class WebhookSecretSeal {
    private final EmployerDataSeal seal;

    WebhookSecretSeal(EmployerDataSeal seal) {
        this.seal = seal;
    }

    EmployerDataSeal.Sealed seal(String businessNumber, UUID subscriptionId, WebhookSecret secret) {
        return seal.seal(purpose(subscriptionId), businessNumber, secret.value().getBytes(StandardCharsets.UTF_8));
    }

    WebhookSecret open(String businessNumber, UUID subscriptionId, EmployerDataSeal.Sealed sealed) {
        return new WebhookSecret(new String(seal.open(purpose(subscriptionId), businessNumber, sealed), StandardCharsets.UTF_8));
    }

    private static String purpose(UUID subscriptionId) {
        return "webhook-secret:" + subscriptionId;
    }
}
