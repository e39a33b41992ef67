package ca.imp.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * The identity provider of the local run and of the tests: an RSA key pair that signs bearer
 * tokens the services verify exactly as they verify an OpenID Connect provider's (issuer, audience,
 * expiry, RS256 signature). Production never uses it; there the services trust the real provider
 * by configuration.
 */
public final class TokenIssuer {
    /** The audience every service requires ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "imp-offer-lifecycle";
    /** The claim listing the business numbers an employer or representative acts for ({@code imp.access.business-numbers-claim}). */
    public static final String BUSINESS_NUMBERS_CLAIM = "business_numbers";
    public static final String LOCAL_ISSUER = "https://imp.localhost/issuer";
    public static final String TEST_ISSUER = "https://imp.test/issuer";

    private static final String PRIVATE_FILE = "token-signing-key.pem";
    private static final String PUBLIC_FILE = "token-verification-key.pem";
    private static final String TEST_KEYS_PROPERTY = "imp.test-token-issuer.keys";

    private final String issuer;
    private final KeyPair keys;

    private TokenIssuer(String issuer, KeyPair keys) {
        this.issuer = issuer;
        this.keys = keys;
    }

    /** A new issuer with a new key, e.g. to sign a token the services must refuse. */
    public static TokenIssuer generate(String issuer) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TokenIssuer(issuer, generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    /**
     * The issuer of every test in this JVM. Quarkus tests load this library in several class loaders,
     * so the key lives in a system property (JDK types only), where all of them find the same one.
     */
    public static TokenIssuer forTests() {
        synchronized (System.getProperties()) {
            String stored = System.getProperty(TEST_KEYS_PROPERTY);
            if (stored == null) {
                TokenIssuer fresh = generate(TEST_ISSUER);
                System.setProperty(TEST_KEYS_PROPERTY, fresh.encodedPrivateKey() + " " + fresh.encodedPublicKey());
                return fresh;
            }
            String[] parts = stored.split(" ");
            return new TokenIssuer(TEST_ISSUER, decode(parts[0], parts[1]));
        }
    }

    /** The local run's issuer: its key pair lives in {@code dir} (owner-readable only) and is made on first use. */
    public static TokenIssuer local(Path dir) {
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                return new TokenIssuer(LOCAL_ISSUER, decode(unpem(Files.readString(privateFile)), unpem(Files.readString(publicFile))));
            }
            TokenIssuer fresh = generate(LOCAL_ISSUER);
            Files.createDirectories(dir);
            // created owner-only before the key goes in, so it is never readable by others, even briefly
            Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(privateFile, pem("PRIVATE KEY", fresh.encodedPrivateKey()));
            Files.writeString(publicFile, fresh.publicKeyPem());
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where {@link #local} keeps the key the services verify with. */
    public static Path verificationKeyFile(Path dir) {
        return dir.resolve(PUBLIC_FILE);
    }

    /** The same key under another issuer name: its tokens are validly signed but from an issuer nobody trusts. */
    public TokenIssuer withIssuer(String otherIssuer) {
        return new TokenIssuer(otherIssuer, keys);
    }

    public String issuer() {
        return issuer;
    }

    /**
     * A signed token for {@code role} (employer, representative, officer, ops, partner), valid from
     * now for {@code validity} (negative: already expired).
     */
    public String token(String subject, String role, List<String> businessNumbers, Duration validity) {
        Instant now = Instant.now();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(Math.min(now.getEpochSecond(), now.plus(validity).getEpochSecond() - 60)));
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(validity).getEpochSecond()));
        claims.setStringListClaim("groups", List.of(role));
        if (!businessNumbers.isEmpty()) {
            claims.setStringListClaim(BUSINESS_NUMBERS_CLAIM, businessNumbers);
        }
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(keys.getPrivate());
        signature.setKeyIdHeaderValue(keyId());
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** The key the services verify with, as PEM ({@code mp.jwt.verify.publickey} takes it as is). */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", encodedPublicKey());
    }

    /** The verification key as a JSON Web Key Set, as an OpenID Connect provider publishes it at its {@code jwks_uri}. */
    public String jwks() {
        try {
            RsaJsonWebKey key = new RsaJsonWebKey((RSAPublicKey) keys.getPublic());
            key.setKeyId(keyId());
            key.setUse("sig");
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            return new JsonWebKeySet(key).toJson();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot publish the verification key", e);
        }
    }

    /** What a service needs to trust this issuer's tokens. */
    public Map<String, String> quarkusConfig() {
        return Map.of("mp.jwt.verify.publickey", encodedPublicKey(), "mp.jwt.verify.issuer", issuer);
    }

    /** Names the key in tokens and in the key set, so a verifier holding several keys picks the right one. */
    private String keyId() {
        return "imp-" + Integer.toHexString(keys.getPublic().hashCode());
    }

    private String encodedPrivateKey() {
        return Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded());
    }

    private String encodedPublicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    private static KeyPair decode(String privateKey, String publicKey) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey signing = rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
            PublicKey verifying = rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            return new KeyPair(verifying, signing);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable token signing key", e);
        }
    }

    private static String pem(String type, String base64) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(Base64.getDecoder().decode(base64))
                + "\n-----END " + type + "-----\n";
    }

    private static String unpem(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
