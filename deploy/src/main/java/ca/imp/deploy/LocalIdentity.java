package ca.imp.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import ca.imp.embedded.TokenIssuer;

/**
 * The local run's {@code identity} folder in its data folder, readable by its owner only: the key pair
 * that signs the demo callers' tokens (the services verify them with the public half, as they would an
 * OpenID Connect provider's) and the personal-data master key. Both are made on the first start and kept,
 * so that tokens and encrypted personal data survive a restart.
 */
final class LocalIdentity {
    private static final String MASTER_KEY_FILE = "personal-data-master-key";

    private final Path dir;
    private final TokenIssuer issuer;

    private LocalIdentity(Path dir, TokenIssuer issuer) {
        this.dir = dir;
        this.issuer = issuer;
    }

    static Path folder(Path dataDir) {
        return dataDir.resolve("identity");
    }

    /** The data folder's identity, made if this is its first start. */
    static LocalIdentity openOrCreate(Path dataDir) {
        Path dir = folder(dataDir);
        try {
            // owner-only before any key is written into it
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path masterKey = dir.resolve(MASTER_KEY_FILE);
            if (!Files.exists(masterKey)) {
                Files.createFile(masterKey, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(masterKey, Secrets.newMasterKey() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the local identity in " + dir, e);
        }
        return new LocalIdentity(dir, TokenIssuer.local(dir));
    }

    /**
     * The identity of a data folder the local run has started in. Never makes one: a new key would sign
     * tokens that the running services do not trust.
     */
    static LocalIdentity existing(Path dataDir) {
        Path dir = folder(dataDir);
        if (!Files.isRegularFile(TokenIssuer.verificationKeyFile(dir))) {
            throw new IllegalStateException("no token signing key in " + dir
                    + ": start the local run once (deploy/run-local), or give its data folder with --data");
        }
        return new LocalIdentity(dir, TokenIssuer.local(dir));
    }

    TokenIssuer issuer() {
        return issuer;
    }

    /** What the services of the local run are given: the verification key's file, the issuer, and the master key. */
    Secrets secrets() {
        Path file = dir.resolve(MASTER_KEY_FILE);
        String masterKey;
        try {
            masterKey = Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!Secrets.isMasterKey(masterKey)) {
            throw new IllegalStateException(file + " must hold the base64 of 32 random bytes");
        }
        return new Secrets(Map.of("mp.jwt.verify.publickey.location", TokenIssuer.verificationKeyFile(dir).toString(),
                "mp.jwt.verify.issuer", issuer.issuer()), masterKey);
    }
}
