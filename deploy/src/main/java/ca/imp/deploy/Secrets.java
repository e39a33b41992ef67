package ca.imp.deploy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import ca.imp.embedded.TokenIssuer;

/**
 * What the services are trusted with besides their stack: whose bearer tokens to accept, and the
 * master key that protects the workers' personal data. Production sets the same properties, pointing
 * the token check at its OpenID Connect provider.
 *
 * @param tokenVerification the {@code mp.jwt.verify.*} properties: a key (or its location) and the issuer
 * @param personalDataMasterKey base64 of 32 random bytes
 */
public record Secrets(Map<String, String> tokenVerification, String personalDataMasterKey) {
    static final String MASTER_KEY_PROPERTY = "imp.personal-data.master-key";
    private static final int MASTER_KEY_BYTES = 32;

    /** Trusts the tests' issuer ({@link TokenIssuer#forTests()}), whose tokens the tests mint; a new master key. */
    public static Secrets forTests() {
        return new Secrets(TokenIssuer.forTests().quarkusConfig(), newMasterKey());
    }

    /**
     * Trusts the tests' issuer through its key set fetched over HTTP from {@code jwksUrl}, the way the
     * services trust an OpenID Connect provider's {@code jwks_uri} in production.
     */
    public static Secrets forTestsThroughKeySet(String jwksUrl) {
        return new Secrets(Map.of("mp.jwt.verify.publickey.location", jwksUrl,
                "mp.jwt.verify.issuer", TokenIssuer.forTests().issuer()), newMasterKey());
    }

    static String newMasterKey() {
        byte[] key = new byte[MASTER_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static boolean isMasterKey(String base64) {
        try {
            return Base64.getDecoder().decode(base64).length == MASTER_KEY_BYTES;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** A service's share: every service verifies tokens; only the one that keeps personal data gets its key. */
    Map<String, String> configOf(LocalSystem.Service service) {
        Map<String, String> config = new HashMap<>(tokenVerification);
        if (service.keepsPersonalData()) {
            config.put(MASTER_KEY_PROPERTY, personalDataMasterKey);
        }
        return config;
    }

    /** Without the master key: a record prints its components, and this one may end up in a log. */
    @Override
    public String toString() {
        return "Secrets[tokenVerification=" + tokenVerification + ", personalDataMasterKey=(not shown)]";
    }
}
