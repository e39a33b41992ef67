package ca.imp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ca.imp.embedded.TokenIssuer;

class LocalIdentityTest {
    @TempDir
    Path data;

    @Test
    void the_first_start_makes_the_keys_in_a_folder_only_its_owner_can_read() throws Exception {
        Secrets secrets = LocalIdentity.openOrCreate(data).secrets();

        Path identity = data.resolve("identity");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(identity)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(identity.resolve("personal-data-master-key"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(identity.resolve("token-signing-key.pem"))));
        assertTrue(Secrets.isMasterKey(secrets.personalDataMasterKey()), "base64 of 32 bytes");
        assertEquals(TokenIssuer.verificationKeyFile(identity).toString(),
                secrets.tokenVerification().get("mp.jwt.verify.publickey.location"));
        assertEquals(TokenIssuer.LOCAL_ISSUER, secrets.tokenVerification().get("mp.jwt.verify.issuer"));
    }

    @Test
    void a_restart_keeps_the_keys_so_tokens_and_encrypted_data_survive_it() throws Exception {
        Secrets first = LocalIdentity.openOrCreate(data).secrets();
        String verificationKey = Files.readString(TokenIssuer.verificationKeyFile(data.resolve("identity")));

        Secrets second = LocalIdentity.openOrCreate(data).secrets();

        assertEquals(first.personalDataMasterKey(), second.personalDataMasterKey());
        assertEquals(verificationKey, Files.readString(TokenIssuer.verificationKeyFile(data.resolve("identity"))));
        assertEquals(LocalIdentity.openOrCreate(data).issuer().publicKeyPem(), LocalIdentity.existing(data).issuer().publicKeyPem());
    }

    @Test
    void tokens_are_only_signed_with_the_key_of_a_data_folder_the_local_run_started_in() {
        assertThrows(IllegalStateException.class, () -> LocalIdentity.existing(data));
        assertFalse(Files.exists(data.resolve("identity")), "no key made that no service trusts");
    }

    @Test
    void only_the_service_that_keeps_personal_data_gets_the_master_key() {
        Secrets secrets = LocalIdentity.openOrCreate(data).secrets();

        for (LocalSystem.Service service : LocalSystem.SERVICES) {
            assertEquals(service.name().equals("offer-service"), secrets.configOf(service).containsKey(Secrets.MASTER_KEY_PROPERTY),
                    service.name());
            assertTrue(secrets.configOf(service).containsKey("mp.jwt.verify.issuer"), service.name());
        }
    }
}
