package ca.imp.embedded;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A real single-node Kafka (KRaft, broker and controller in one) running inside this JVM.
 *
 * <p>The controller uses a static quorum ({@code controller.quorum.voters}, kraft.version 0) rather than
 * a dynamic one, because a dynamic quorum writes the controller's address into the metadata log and a
 * restart on a different free port would then no longer find its own quorum.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String BROKER_LISTENER = "PLAINTEXT";

    private volatile KafkaRaftServer server;
    private final KafkaConfig config;
    private final String bootstrapServers;
    private final Path temporaryDir;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook;

    private EmbeddedKafka(KafkaRaftServer server, KafkaConfig config, String bootstrapServers, Path temporaryDir) {
        this.server = server;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.temporaryDir = temporaryDir;
        if (server == null) {
            stopped.set(true);
            this.shutdownHook = null;
        } else {
            // Stopping cleanly on JVM exit avoids log recovery on the next start of a persistent directory.
            this.shutdownHook = new Thread(this::stop, "embedded-kafka-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /**
     * dataDir: where logs live; if it already holds a formatted KRaft storage, reuse it (data survives restarts).
     * null = a temporary directory deleted on close. port 0 = pick a free port.
     */
    public static EmbeddedKafka start(Path dataDir, int port) {
        QuietLogs.apply();
        Path temporaryDir = dataDir == null ? ScratchDirs.create("embedded-kafka-") : null;
        Path dir = (dataDir == null ? temporaryDir : dataDir).toAbsolutePath();
        int brokerPort = FreePort.orPick(port);
        int controllerPort = FreePort.pick();

        try {
            Files.createDirectories(dir);
            KafkaConfig config = new KafkaConfig(properties(dir, brokerPort, controllerPort), false);
            formatIfNew(dir);
            return new EmbeddedKafka(serve(config), config, "localhost:" + brokerPort, temporaryDir);
        } catch (Exception e) {
            ScratchDirs.delete(temporaryDir);
            throw new IllegalStateException("Kafka did not start in " + dir + " on port " + brokerPort, e);
        }
    }

    /** Starts a broker and controller on the configuration; returns once the broker is registered and unfenced. */
    private static KafkaRaftServer serve(KafkaConfig config) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Kafka resolves configured classes (principal builder, ...) through the context class loader, and the
        // threads it starts inherit it; under Quarkus tests that would be the application class loader, whose
        // copies of the Kafka classes are not the ones this broker runs on.
        thread.setContextClassLoader(KafkaRaftServer.class.getClassLoader());
        try {
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            try {
                server.startup();
            } catch (RuntimeException e) {
                server.shutdown();
                server.awaitShutdown();
                throw e;
            }
            return server;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Stops the broker and starts it again on the same ports and logs, as a rolling restart or a broker's
     * host rebooting would: clients lose their connections, leadership and the group coordinator move
     * away and back, and what was written must still be there.
     *
     * @return how long the broker was unreachable
     */
    public Duration restart() {
        if (server == null || stopped.get()) {
            throw new IllegalStateException("only a running broker started here can be restarted");
        }
        long stopping = System.nanoTime();
        server.shutdown();
        server.awaitShutdown();
        server = serve(config);
        return Duration.ofNanos(System.nanoTime() - stopping);
    }

    /** A handle on a broker owned elsewhere (another class loader of this JVM); closing it does nothing. */
    static EmbeddedKafka attach(String bootstrapServers) {
        return new EmbeddedKafka(null, null, bootstrapServers, null);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops the broker and controller cleanly, releasing the ports. */
    @Override
    public void close() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException jvmAlreadyShuttingDown) {
                // the hook is running or about to; stop() below is idempotent
            }
        }
        stop();
    }

    private void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        ScratchDirs.delete(temporaryDir);
    }

    private static Map<String, Object> properties(Path dir, int brokerPort, int controllerPort) {
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", BROKER_LISTENER);
        props.put("listeners", BROKER_LISTENER + "://localhost:" + brokerPort + ","
                + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", BROKER_LISTENER + "://localhost:" + brokerPort);
        props.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("log.dirs", dir.toString());

        props.put("auto.create.topics.enable", "true");
        props.put("num.partitions", "3");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        // Internal topics default to replication factor 3, which a single node can never satisfy.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // Defaults of 50 partitions make the first consumer group or transaction wait for 50 log creations.
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.num.partitions", "1");
        // Consumers join immediately instead of waiting 3 s for more members.
        props.put("group.initial.rebalance.delay.ms", "0");
        // The default 128 MB compaction buffer would be allocated on the test JVM's heap.
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        return props;
    }

    private static void formatIfNew(Path dir) throws Exception {
        if (Files.exists(dir.resolve("meta.properties"))) {
            return;
        }
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(dir.toString())
                .addDirectory(dir.toString())
                .run();
    }
}
