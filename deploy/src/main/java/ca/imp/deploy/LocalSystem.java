package ca.imp.deploy;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ca.imp.embedded.FreePort;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.TokenIssuer;

/**
 * The whole product on one machine: a real Kafka broker and a real PostgreSQL (one database per
 * service) started from Maven artifacts, then the three packaged services as separate processes.
 * The run command and the end-to-end test both start the system through this class.
 */
public final class LocalSystem implements AutoCloseable {

    /**
     * A service of the product: its module, its database, its default port, and whether it keeps
     * personal data (and so needs the personal-data master key).
     */
    public record Service(String name, String database, int defaultPort, boolean keepsPersonalData) {
        Path jar(Path root) {
            return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    public static final List<Service> SERVICES = List.of(
            new Service("offer-service", "offers", 8081, true),
            new Service("decision-service", "decisions", 8082, false),
            new Service("deadline-service", "deadlines", 8083, false));

    /**
     * Where things listen; 0 picks a free port.
     *
     * @param smtp the mail server offer-service sends reminder mails to
     * @param imap where they are read, each recipient's mailbox with its address as user and password
     */
    public record Ports(int kafka, int postgres, Map<String, Integer> services, int smtp, int imap) {
        public static final int SMTP = 3025;
        public static final int IMAP = 3143;

        public static Ports defaults(int kafka, int postgres) {
            Map<String, Integer> services = new LinkedHashMap<>();
            SERVICES.forEach(s -> services.put(s.name(), s.defaultPort()));
            return new Ports(kafka, postgres, services, SMTP, IMAP);
        }

        public static Ports free() {
            Map<String, Integer> services = new LinkedHashMap<>();
            SERVICES.forEach(s -> services.put(s.name(), FreePort.pick()));
            return new Ports(0, 0, services, 0, 0);
        }
    }

    private final LocalStack stack;
    private final GreenMail mail;
    private final Map<String, ServiceProcess> services;
    private final Path root;
    private final Path dataDir;
    private final Ports ports;
    private final Secrets secrets;

    private LocalSystem(LocalStack stack, GreenMail mail, Map<String, ServiceProcess> services, Path root, Path dataDir,
                        Ports ports, Secrets secrets) {
        this.stack = stack;
        this.mail = mail;
        this.services = services;
        this.root = root;
        this.dataDir = dataDir;
        this.ports = ports;
        this.secrets = secrets;
    }

    /**
     * @param root    the repository checkout, where the services were built
     * @param dataDir where Kafka, PostgreSQL and the service logs keep their files across restarts
     * @param secrets whose tokens the services trust, and the personal-data master key
     */
    public static LocalSystem start(Path root, Path dataDir, Ports ports, Secrets secrets, PrintStream out) {
        out.println("Starting Kafka and PostgreSQL (data in " + dataDir + ")...");
        LocalStack stack = LocalStack.start(dataDir, ports.kafka(), ports.postgres(),
                SERVICES.stream().map(Service::database).toList());
        GreenMail mail;
        try {
            mail = mailServer(ports);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        Map<String, ServiceProcess> started = new LinkedHashMap<>();
        LocalSystem system = new LocalSystem(stack, mail, started, root, dataDir, ports, secrets);
        try {
            for (Service service : SERVICES) {
                out.println("Starting " + service.name() + "...");
                system.launch(service, Map.of());
            }
            for (ServiceProcess process : started.values()) {
                process.awaitReady(Duration.ofMinutes(2));
            }
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
        return system;
    }

    public LocalStack stack() {
        return stack;
    }

    /**
     * A real SMTP and IMAP server (GreenMail), in memory: a mail it receives is kept in its recipient's mailbox, created
     * on first receipt with the address as both user and password, until the system stops.
     */
    private static GreenMail mailServer(Ports ports) {
        ServerSetup smtp = new ServerSetup(ports.smtp() == 0 ? Ports.SMTP : ports.smtp(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(ports.imap() == 0 ? Ports.IMAP : ports.imap(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        GreenMail mail = new GreenMail(ports.smtp() == 0 ? new ServerSetup[] {smtp.dynamicPort(), imap.dynamicPort()}
                : new ServerSetup[] {smtp, imap});
        mail.start();
        return mail;
    }

    /** The mail server the services send to, e.g. for a test to read what offer-service mailed. */
    public GreenMail mail() {
        return mail;
    }

    /**
     * Starts a service's process on its port and database; its Kafka consumers rejoin under the same instance id.
     *
     * @param settings added to its configuration, e.g. {@code imp.clock.start}
     */
    private ServiceProcess launch(Service service, Map<String, String> settings) {
        return launch(service, service.name(), ports.services().get(service.name()), settings);
    }

    /** Starts one instance of a service: {@code instance} names its process and its log file. */
    private ServiceProcess launch(Service service, String instance, int port, Map<String, String> settings) {
        Map<String, String> config = new HashMap<>(stack.quarkusConfig(service.database()));
        config.putAll(secrets.configOf(service));
        // where it is reached, so its records' ce_dataschema resolves whatever port it runs on
        config.put("imp.events.schema-base-url", "http://localhost:" + port);
        // no collector runs on one machine unless the user names one: spans are still made and their traceparent carried
        // through Kafka, but each export's refusal would be a warning in the logs every few seconds
        if (System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT") == null) {
            config.put("quarkus.log.category.\"io.quarkus.opentelemetry.runtime.exporter\".level", "ERROR");
        }
        // the service that keeps the employer contacts' addresses is the one that mails reminders to them
        if (service.keepsPersonalData()) {
            config.put("quarkus.mailer.mock", "false");
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", String.valueOf(mail.getSmtp().getPort()));
        }
        config.putAll(settings);
        ServiceProcess process = ServiceProcess.start(instance, service.jar(root), port, config,
                dataDir.resolve("logs").resolve(instance + ".log"));
        services.put(instance, process);
        return process;
    }

    /**
     * Starts another instance of each given service beside the running one, as a second replica would run: the same jar
     * and database, a free port, a log file and an {@code imp.instance-id} of its own (its identity in the Kafka consumer
     * groups and its application name in PostgreSQL), and waits until all are ready. Each is then addressed by its
     * instance name in {@link #url}, {@link #kill} and {@link #process}. The run command starts none of these.
     *
     * @param instances the instance name, also its instance id, by service
     */
    public void startInstances(Map<String, String> instances, Duration readyWithin) {
        List<ServiceProcess> started = new ArrayList<>();
        instances.forEach((service, instance) -> {
            if (services.containsKey(instance)) {
                throw new IllegalArgumentException(instance + " is running already");
            }
            started.add(launch(known(service), instance, FreePort.pick(), Map.of("imp.instance-id", instance)));
        });
        started.forEach(process -> process.awaitReady(readyWithin));
    }

    /** Kills a service (or an instance {@link #startInstances} started) outright (SIGKILL), as a crash or an evicted container would end it. */
    public void kill(String service) {
        services.get(service).kill();
    }

    /** Starts a service again after {@link #kill}, on the same port, database and data, and waits until it is ready. */
    public void restart(String service, Duration readyWithin) {
        launch(known(service), Map.of()).awaitReady(readyWithin);
    }

    /**
     * As {@link #restart}, the service believing it is {@code now} ({@code imp.clock.start}), e.g. to have
     * done months ago what a scenario needs done by then; a later {@link #restart} brings it back to today.
     */
    public void restartAt(String service, Instant now, Duration readyWithin) {
        launch(known(service), Map.of("imp.clock.start", now.toString())).awaitReady(readyWithin);
    }

    private static Service known(String service) {
        return SERVICES.stream().filter(s -> s.name().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such service: " + service));
    }

    public String url(String service) {
        return services.get(service).url().toString();
    }

    /** The operating-system process of a service, e.g. to read its memory use. */
    public ProcessHandle process(String service) {
        return services.get(service).handle();
    }

    @Override
    public void close() {
        List<ServiceProcess> running = new ArrayList<>(services.values());
        running.parallelStream().forEach(ServiceProcess::close);
        mail.stop();
        stack.close();
    }

    /**
     * {@code java -jar local-system.jar [--root DIR] [--data DIR] [--kafka-port N] [--postgres-port N]};
     * prints demo callers' tokens when ready, and stops everything it started on Ctrl-C.
     */
    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(option(args, "--root", ".")).toAbsolutePath().normalize();
        Path data = Path.of(option(args, "--data", root.resolve(".data").toString())).toAbsolutePath().normalize();
        PrintStream out = System.out;
        Ports ports = Ports.defaults(Integer.parseInt(option(args, "--kafka-port", "9092")),
                Integer.parseInt(option(args, "--postgres-port", "5432")));
        LocalIdentity identity = LocalIdentity.openOrCreate(data);
        LocalSystem system = start(root, data, ports, identity.secrets(), out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping...");
            system.close();
            stopped.countDown();
        }, "local-system-stop"));
        out.println();
        out.println("The IMP offer lifecycle is running. Kafka: " + system.stack().kafka().bootstrapServers());
        for (Service service : SERVICES) {
            out.printf("  %-17s %s/q/swagger-ui%n", service.name(), system.url(service.name()));
        }
        out.printf("  %-17s SMTP localhost:%d, IMAP localhost:%d (user and password: the recipient's address)%n", "reminder mails",
                system.mail().getSmtp().getPort(), system.mail().getImap().getPort());
        printDemoTokens(identity.issuer(), out);
        out.println("Logs: " + data.resolve("logs") + ". Press Ctrl-C to stop everything.");
        stopped.await();
    }

    /** Lines to paste into a shell, so that the README's calls can name their caller as {@code $EMPLOYER_TOKEN} and so on. */
    private static void printDemoTokens(TokenIssuer issuer, PrintStream out) {
        out.println();
        out.println("# Demo callers, valid " + LocalToken.VALIDITY.toHours() + " hours (deploy/token ROLE [BUSINESS_NUMBER ...] makes more):");
        out.println("# an employer (123456789), a representative (of 123456789 and 987654321), an officer and an operator");
        demoTokens(issuer).forEach((variable, token) -> out.println("export " + variable + "=" + token));
        out.println();
    }

    /** The demo callers' tokens by the shell variable the README's calls name them with; the walk-through's test sets the same. */
    static Map<String, String> demoTokens(TokenIssuer issuer) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("EMPLOYER_TOKEN", LocalToken.issue(issuer, "employer", List.of("123456789")));
        tokens.put("REPRESENTATIVE_TOKEN", LocalToken.issue(issuer, "representative", List.of("123456789", "987654321")));
        tokens.put("OFFICER_TOKEN", LocalToken.issue(issuer, "officer", List.of()));
        tokens.put("OPS_TOKEN", LocalToken.issue(issuer, "ops", List.of()));
        return tokens;
    }

    /** The last value given for the option, so that what a user adds to the run command wins over its defaults. */
    private static String option(String[] args, String name, String fallback) {
        String value = fallback;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                value = args[i + 1];
            }
        }
        return value;
    }
}
