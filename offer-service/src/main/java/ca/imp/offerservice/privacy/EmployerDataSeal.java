package ca.imp.offerservice.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.SecretKey;

import jakarta.inject.Singleton;

/**
 * Seals personal data an employer keeps outside any offer (e.g. its reminder recipients' addresses) as an offer's is
 * sealed: a fresh AES-256-GCM data key per record, kept only wrapped by the master key, so deleting the wrapped key
 * erases the record for good, backups included. The record is bound to its employer and purpose: sealed for one, it
 * does not open as another's.
 */
@Singleton
public class EmployerDataSeal {
    private final MasterKeys masterKeys;

    EmployerDataSeal(MasterKeys masterKeys) {
        this.masterKeys = masterKeys;
    }

    /** The sealed bytes, the data key wrapped by the current master key, and that master key's id. */
    public record Sealed(byte[] ciphertext, String masterKeyId, byte[] wrappedKey) {
    }

    public Sealed seal(String purpose, String businessNumber, byte[] plaintext) {
        SecretKey dataKey = AesGcm.newKey();
        String owner = owner(purpose, businessNumber);
        MasterKeys.WrappedKey wrapped = masterKeys.wrap(dataKey, owner);
        return new Sealed(AesGcm.seal(dataKey, plaintext, associatedData(owner)), wrapped.masterKeyId(), wrapped.wrapped());
    }

    public byte[] open(String purpose, String businessNumber, Sealed sealed) {
        String owner = owner(purpose, businessNumber);
        try {
            SecretKey dataKey = masterKeys.unwrap(new MasterKeys.WrappedKey(sealed.masterKeyId(), sealed.wrappedKey()), owner);
            return AesGcm.open(dataKey, sealed.ciphertext(), associatedData(owner));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the " + purpose + " of employer " + businessNumber + " cannot be decrypted with"
                    + " master key " + sealed.masterKeyId() + " (wrong key, or a row moved to another employer)");
        }
    }

    /** Never an offer number (those have no colon), so an employer's key never opens an offer's record. */
    private static String owner(String purpose, String businessNumber) {
        return "employer:" + businessNumber + ":" + purpose;
    }

    private static byte[] associatedData(String owner) {
        return ("imp-employer-data|" + owner).getBytes(StandardCharsets.UTF_8);
    }
}
