package ca.imp.eventstore.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

import ca.imp.contract.EventJson;

/**
 * A client's Idempotency-Key on one command: whose key it is, the operation it was sent to, and a
 * fingerprint of the request (its path parameters and body), which a retry must match.
 *
 * @param scope       whose key it is: {@code employer:<business number>}, or the caller's {@code role:subject}
 * @param operation   the operation's id, e.g. {@code submitOffer}
 * @param fingerprint the SHA-256 of the request's canonical JSON
 */
public record IdempotencyKey(String scope, String key, String operation, String fingerprint) {
    /**
     * The request as JSON, the same for the same request however its body was spelt: maps and JSON
     * objects with their members sorted; records in the order they declare theirs, as the previous
     * release fingerprinted an offer's body, so that its keys still replay.
     */
    private static final ObjectWriter CANONICAL = EventJson.mapper().copy()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true)
            .writer();

    /** @param request what the command was asked with: its path parameters and body, e.g. a map of them */
    public static IdempotencyKey of(String scope, String key, String operation, Object request) {
        return new IdempotencyKey(scope, key, operation, fingerprint(request));
    }

    static String fingerprint(Object request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CANONICAL.writeValueAsBytes(request)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    /** Whether a key of this scope was used before for exactly this operation and request. */
    boolean sameRequestAs(IdempotencyKeys.Claim claim) {
        return operation.equals(claim.operation()) && fingerprint.equals(claim.fingerprint());
    }
}
