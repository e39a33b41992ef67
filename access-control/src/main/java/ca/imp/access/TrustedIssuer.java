package ca.imp.access;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a service that is not told whose tokens to trust. Without an issuer the token
 * library checks none at all, so a key set shared by several issuers would let any of them in;
 * without a key, every request would fail at run time instead of at deployment.
 */
@Singleton
public class TrustedIssuer {
    private final Optional<String> issuer;
    private final Optional<String> key;
    private final Optional<String> keyLocation;

    TrustedIssuer(@ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
                  @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> key,
                  @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation) {
        this.issuer = issuer;
        this.key = key;
        this.keyLocation = keyLocation;
    }

    void check(@Observes StartupEvent startup) {
        if (issuer.isEmpty()) {
            throw new IllegalStateException("No trusted token issuer: set MP_JWT_VERIFY_ISSUER to the issuer ('iss') of the"
                    + " identity provider's tokens (docs/security.md).");
        }
        if (key.isEmpty() && keyLocation.isEmpty()) {
            throw new IllegalStateException("No key to verify tokens with: set MP_JWT_VERIFY_PUBLICKEY_LOCATION to the identity"
                    + " provider's JWKS URL or a PEM file (docs/security.md).");
        }
    }
}
