package ca.imp.deadlineservice.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret in a calendar feed's address: the only credential a calendar application can send.
 * 256 random bits, written base64url. Only its SHA-256 is stored, so a copy of the database does
 * not give anyone a working feed address; a feed is found by the hash of the secret presented.
 */
public record FeedSecret(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    public static FeedSecret random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new FeedSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** A secret as presented in an address; empty when it cannot be one, which is answered like an unknown one. */
    public static Optional<FeedSecret> presented(String value) {
        return value != null && FORMAT.matcher(value).matches() ? Optional.of(new FeedSecret(value)) : Optional.empty();
    }

    /** What is stored and looked up: the SHA-256 of the secret, in hex. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Never the secret itself, so that a logged record does not leak a feed address. */
    @Override
    public String toString() {
        return "FeedSecret[redacted]";
    }
}
