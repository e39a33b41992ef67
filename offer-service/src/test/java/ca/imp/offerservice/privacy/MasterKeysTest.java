package ca.imp.offerservice.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;

/** The master key is the one secret the vault needs: without a good one the service does not start. */
class MasterKeysTest {
    private static final String KEY_1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_2 = Base64.getEncoder().encodeToString("a-second-key-of-32-bytes-exactly".getBytes());

    @Test
    void without_a_master_key_the_service_refuses_to_start_and_says_how_to_make_one() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new MasterKeys(Optional.empty(), "1", Optional.empty()));

        assertTrue(refused.getMessage().contains("IMP_PERSONAL_DATA_MASTER_KEY"), refused.getMessage());
        assertTrue(refused.getMessage().contains("openssl rand -base64 32"), refused.getMessage());
    }

    @Test
    void a_key_of_the_wrong_length_is_refused_without_echoing_it() {
        String shortKey = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new MasterKeys(Optional.of(shortKey), "1", Optional.empty()));

        assertTrue(refused.getMessage().contains("has 16 bytes"), refused.getMessage());
        assertFalse(refused.getMessage().contains(shortKey), refused.getMessage());
    }

    @Test
    void a_data_key_wrapped_for_one_offer_does_not_unwrap_for_another() throws GeneralSecurityException {
        MasterKeys keys = new MasterKeys(Optional.of(KEY_1), "1", Optional.empty());
        SecretKey dataKey = AesGcm.newKey();

        MasterKeys.WrappedKey wrapped = keys.wrap(dataKey, "A1111111");

        assertArrayEquals(dataKey.getEncoded(), keys.unwrap(wrapped, "A1111111").getEncoded());
        assertThrows(GeneralSecurityException.class, () -> keys.unwrap(wrapped, "A2222222"));
    }

    @Test
    void after_a_rotation_keys_wrapped_with_the_retired_master_key_still_unwrap() throws GeneralSecurityException {
        MasterKeys before = new MasterKeys(Optional.of(KEY_1), "2026-01", Optional.empty());
        SecretKey dataKey = AesGcm.newKey();
        MasterKeys.WrappedKey old = before.wrap(dataKey, "A1111111");

        MasterKeys after = new MasterKeys(Optional.of(KEY_2), "2027-01", Optional.of(List.of("2026-01:" + KEY_1)));

        assertArrayEquals(dataKey.getEncoded(), after.unwrap(old, "A1111111").getEncoded());
        assertNotEquals("2026-01", after.wrap(dataKey, "A1111111").masterKeyId());
    }
}
