package ca.imp.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import ca.imp.embedded.JwksEndpoint;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.TokenIssuer;

/**
 * The packaged product for one end-to-end test class: the three services started from their built jars
 * on a real Kafka and PostgreSQL of their own (in a data directory, so PostgreSQL commits durably and
 * can be restarted), trusting an identity provider that serves the tests' signing key over HTTP, as
 * production's would. A test class registers it as
 * {@code @RegisterExtension static final PackagedProduct PRODUCT = new PackagedProduct("name")};
 * it starts before the class's tests and stops after them.
 */
final class PackagedProduct implements BeforeAllCallback, AfterAllCallback {
    private final String name;
    private JwksEndpoint identityProvider;
    private LocalSystem system;

    /** @param name what the data directory is named after, to find a failed run's service logs */
    PackagedProduct(String name) {
        this.name = name;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        identityProvider = JwksEndpoint.serve(TokenIssuer.forTests());
        system = LocalSystem.start(root, Files.createTempDirectory("imp-" + name), LocalSystem.Ports.free(),
                Secrets.forTestsThroughKeySet(identityProvider.url()), System.out);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (system != null) {
            system.close();
        }
        if (identityProvider != null) {
            identityProvider.close();
        }
    }

    String url(String service) {
        return system.url(service);
    }

    LocalStack stack() {
        return system.stack();
    }

    /** The IMAP port of the mail server the product sends its mails to (the local run's, on a free port here). */
    int imapPort() {
        return system.mail().getImap().getPort();
    }

    /** Another instance of each given service beside the first, named by the map's values; see {@link LocalSystem#startInstances}. */
    void startInstances(Map<String, String> instances, Duration readyWithin) {
        system.startInstances(instances, readyWithin);
    }

    void kill(String service) {
        system.kill(service);
    }

    void restart(String service, Duration readyWithin) {
        system.restart(service, readyWithin);
    }

    void restartAt(String service, Instant now, Duration readyWithin) {
        system.restartAt(service, now, readyWithin);
    }
}
