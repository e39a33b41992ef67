package ca.imp.offerservice.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

/**
 * The master keys that wrap each offer's data key (envelope encryption). Only wrapped data keys are
 * stored; the master keys live in configuration, from the secret store, never in the database.
 *
 * <p>Rotation: give the new key a new id ({@code imp.personal-data.master-key} and
 * {@code imp.personal-data.master-key-id}) and move the old one to
 * {@code imp.personal-data.retired-master-keys} as {@code id:base64}. New records are wrapped with the
 * new key; records wrapped with a retired key still open. A retired key can be dropped once no row of
 * {@code personal_data_keys} names its id (after re-wrapping those data keys, which re-encrypts 32
 * bytes per offer, never the personal data).
 *
 * <p>Read first thing at startup, before any schema or connection, so that a service without a good
 * master key stops at once, saying so.
 */
@Startup(0)
@Singleton
public class MasterKeys {
    static final String PROPERTY = "imp.personal-data.master-key";

    private final String currentId;
    private final Map<String, SecretKey> keys = new HashMap<>();

    MasterKeys(@ConfigProperty(name = PROPERTY) Optional<String> masterKey,
               @ConfigProperty(name = "imp.personal-data.master-key-id", defaultValue = "1") String masterKeyId,
               @ConfigProperty(name = "imp.personal-data.retired-master-keys") Optional<List<String>> retired) {
        if (masterKey.isEmpty() || masterKey.get().isBlank()) {
            throw new IllegalStateException(PROPERTY + " (environment variable IMP_PERSONAL_DATA_MASTER_KEY) is not set: "
                    + "offer-service encrypts workers' personal data with it and does not start without one. Generate one "
                    + "with `openssl rand -base64 32` and provide it from the secret store; see docs/security.md.");
        }
        this.currentId = masterKeyId;
        keys.put(masterKeyId, decode(PROPERTY, masterKey.get()));
        for (String entry : retired.orElse(List.of())) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("imp.personal-data.retired-master-keys lists keys as id:base64, "
                        + "separated by commas; an entry has no id");
            }
            String id = entry.substring(0, colon).trim();
            if (keys.putIfAbsent(id, decode("imp.personal-data.retired-master-keys[" + id + "]",
                    entry.substring(colon + 1).trim())) != null) {
                throw new IllegalStateException("master key id " + id + " is configured twice");
            }
        }
    }

    /** The key is never echoed: the message says only what is wrong with it. */
    private static SecretKey decode(String name, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid base64; generate one with `openssl rand -base64 32`");
        }
        if (bytes.length != AesGcm.KEY_BYTES) {
            throw new IllegalStateException(name + " must be " + AesGcm.KEY_BYTES + " random bytes (AES-256), base64; it has "
                    + bytes.length + " bytes. Generate one with `openssl rand -base64 32`");
        }
        return AesGcm.key(bytes);
    }

    /** A data key wrapped by a master key, and the id of that master key. */
    record WrappedKey(String masterKeyId, byte[] wrapped) {
    }

    WrappedKey wrap(SecretKey dataKey, String offerNumber) {
        return new WrappedKey(currentId, AesGcm.seal(keys.get(currentId), dataKey.getEncoded(),
                associatedData(currentId, offerNumber)));
    }

    /** @throws GeneralSecurityException when the master key is unknown or the wrapped key belongs to another offer */
    SecretKey unwrap(WrappedKey key, String offerNumber) throws GeneralSecurityException {
        SecretKey master = keys.get(key.masterKeyId());
        if (master == null) {
            throw new GeneralSecurityException("master key " + key.masterKeyId() + " is not configured");
        }
        return AesGcm.key(AesGcm.open(master, key.wrapped(), associatedData(key.masterKeyId(), offerNumber)));
    }

    private static byte[] associatedData(String masterKeyId, String offerNumber) {
        return ("imp-personal-data-key|" + masterKeyId + "|" + offerNumber).getBytes(StandardCharsets.UTF_8);
    }
}
