package ca.imp.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.Topics;
import ca.imp.deploy.RequestMutations.Request;
import ca.imp.embedded.TopicClient;

/**
 * Issue 10's fuzz suite: every operation of the three packaged services' OpenAPI documents (the
 * operators' endpoints every service shares, once per service), first called with a valid request
 * (which must succeed: the proof that the generator knows the API), then with thousands of mutations
 * of it (see {@link RequestMutations}), drawn from one seed. Bad input must never cost a 5xx, leak an
 * internal name, or be answered with anything but {@code application/problem+json} naming its rule;
 * and what the services accepted must not stall or poison anything: afterwards every service is
 * ready, every subscription and consumer has caught up, no dead letter exists but those the set-up
 * made for the operators' endpoints, and a fresh decision still flows through all three services.
 * <p>
 * Reproduce a run with {@code -Dimp.fuzz.seed=N} (printed as {@code FUZZ seed=N}); {@code
 * -Dimp.fuzz.requests=N} changes how many bad requests are sent (default 10,500).
 */
class FuzzSuiteTest {
    private static final Duration WITHIN = Duration.ofSeconds(60);
    /** The key of the records without an envelope that the set-up sends, for the services to dead-letter. */
    private static final String UNREADABLE_KEY = "fuzz-suite-unreadable";
    private static final String BUSINESS_NUMBER = ExampleOffer.BUSINESS_NUMBER;
    private static final String EMPLOYER = TestCallers.employer(BUSINESS_NUMBER);
    private static final String OFFICER = TestCallers.officer();
    private static final String OPS = TestCallers.ops();
    /**
     * Resources per state-changing operation, each in the state the operation needs: a request that succeeds uses one up
     * and the next takes its place, so that the mutations keep reaching the operation's checks and not its "already done".
     */
    private static final int FRESH = 16;
    /** How many of them the mutations cycle through at a time. */
    private static final int SLOTS = 4;
    private static final int THREADS = 4;
    private static final Pattern INTERNAL_NAMES = Pattern.compile(
            "ca\\.imp|com\\.fasterxml|io\\.quarkus|io\\.vertx|java\\.|jakarta\\.|(?<![\\w@.-])org\\.[a-z]|Exception|StreamRead");
    private static final int LARGEST_PROBLEM = 16 * 1024;
    /** The mutations whose acceptance may store a value a subscription or another service cannot take. */
    private static final Set<String> POISONING = Set.of("EXTREME_DATE", "HUGE_NUMBER", "CONTROL_CHARACTERS",
            "HUGE_STRING", "WRONG_TYPE");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalSystem system;
    private static HttpClient http;
    /** The services' today: the day the offers are submitted, and so their applications and decisions. */
    private static final LocalDate TODAY = LocalDate.parse(ExampleOffer.today());

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        system = LocalSystem.start(root, Files.createTempDirectory("imp-fuzz"), LocalSystem.Ports.free(), Secrets.forTests(),
                System.out);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(THREADS)).build();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    /** One operation's valid request for the i-th call, the values of its path parameters, and what to do once it succeeded. */
    private record Seed(Request request, Map<String, String> pathValues, Runnable accepted) {
        Seed usingUp(Fresh resources, int i) {
            return new Seed(request, pathValues, () -> resources.usedUp(i));
        }
    }

    /** Resources in the state an operation needs, used one per slot until a request succeeds on it. */
    private static final class Fresh {
        private final List<String> slots = new ArrayList<>();
        private final ArrayDeque<String> reserve = new ArrayDeque<>();

        Fresh(Supplier<String> make) {
            for (int i = 0; i < FRESH; i++) {
                (i < SLOTS ? slots : reserve).add(make.get());
            }
        }

        String at(int i) {
            return slots.get(i % SLOTS);
        }

        void usedUp(int i) {
            if (!reserve.isEmpty()) {
                slots.set(i % SLOTS, reserve.poll());
            }
        }
    }

    /** Where a failure is counted: the operation, what was done to its request, the status and the reason. */
    private record FailureClass(String operation, String kind, int status, String reason) implements Comparable<FailureClass> {
        @Override
        public int compareTo(FailureClass other) {
            return toString().compareTo(other.toString());
        }
    }

    private record Sample(String request, String answer) {
    }

    private record Answer(int status, String contentType, String body) {
    }

    @Test
    void no_bad_request_gets_a_server_error_an_internal_name_or_a_problem_without_its_rule_and_none_breaks_a_service()
            throws Exception {
        long seed = Long.getLong("imp.fuzz.seed", new SecureRandom().nextLong());
        int requests = Integer.getInteger("imp.fuzz.requests", 10_500);
        System.out.println("FUZZ seed=" + seed + " (reproduce with -Dimp.fuzz.seed=" + seed + "), " + requests + " requests");

        long setUp = System.nanoTime();
        Map<String, IntFunction<Seed>> fixtures = fixtures();
        System.out.printf("FUZZ set-up of the resources the valid requests act on: %.1f s%n", (System.nanoTime() - setUp) / 1e9);
        // keyed by service and operation: the operators' endpoints are the same operations in every service
        Map<String, RequestMutations> operations = new TreeMap<>();
        List<String> undocumented = new ArrayList<>();
        for (LocalSystem.Service service : LocalSystem.SERVICES) {
            JsonNode openApi = JSON.readTree(send(new Request("openapi", "GET", url(service.name(), "/q/openapi"),
                    "format=json", Map.of(), null, null, "", "")).body());
            openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                String operation = method.toUpperCase(Locale.ROOT) + " " + path.getKey();
                String key = service.name() + " " + operation;
                if (fixtures.containsKey(key)) {
                    operations.put(key, RequestMutations.of(openApi, operation));
                } else {
                    undocumented.add(key);
                }
            }));
        }
        assertTrue(undocumented.isEmpty(), "operations without a valid request to start from: " + undocumented);
        assertTrue(operations.keySet().containsAll(fixtures.keySet()),
                "valid requests for operations the OpenAPI documents do not have: " + fixtures.keySet());

        List<String> invalidSeeds = new ArrayList<>();
        for (var operation : operations.keySet()) {
            Seed first = fixtures.get(operation).apply(0);
            Request valid = first.request();
            Answer answer = send(valid);
            // the set-up's own events may still be landing on the same record: a client reloads and retries
            for (int retry = 0; retry < 10 && answer.status() == 409 && answer.body().contains("concurrent-modification"); retry++) {
                Thread.sleep(200);
                answer = send(valid);
            }
            if (answer.status() / 100 == 2) {
                first.accepted().run();
            } else {
                invalidSeeds.add(operation + " -> " + answer.status() + " " + first(answer.body(), 200));
            }
        }
        assertTrue(invalidSeeds.isEmpty(), "the valid requests must succeed: " + String.join("\n", invalidSeeds));

        Map<FailureClass, AtomicInteger> failures = new ConcurrentHashMap<>();
        Map<FailureClass, Sample> samples = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        Set<String> types = ConcurrentHashMap.newKeySet();
        List<String> acceptedRisks = Collections.synchronizedList(new ArrayList<>());
        LongAdder sent = new LongAdder();
        int perOperation = (requests + operations.size() - 1) / operations.size();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> runs = new ArrayList<>();
        int index = 0;
        for (var operation : operations.entrySet()) {
            // one generator per operation, in a fixed order: the seed fixes every operation's requests whatever the interleaving
            Random random = new Random(seed + 7919L * index++);
            IntFunction<Seed> fixture = fixtures.get(operation.getKey());
            runs.add(pool.submit(() -> {
                for (int i = 1; i <= perOperation; i++) {
                    Seed valid = fixture.apply(i);
                    List<Request> named = operation.getValue().namedCases(valid.request());
                    Request bad = i <= named.size() ? named.get(i - 1)
                            : operation.getValue().mutate(valid.request(), valid.pathValues(), random);
                    Answer answer = sendOrReport(bad);
                    sent.increment();
                    if (answer.status() / 100 == 2) {
                        valid.accepted().run();
                        if (POISONING.contains(bad.kind())) {
                            acceptedRisks.add(bad.operation() + " " + RequestMutations.printable(bad.detail()));
                        }
                        accepted.computeIfAbsent(bad.kind(), k -> new AtomicInteger()).incrementAndGet();
                    }
                    typeOf(answer).ifPresent(types::add);
                    for (String reason : failuresOf(answer)) {
                        FailureClass key = new FailureClass(bad.operation(), bad.kind(), answer.status(), reason);
                        failures.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                        samples.putIfAbsent(key, new Sample(bad.method() + " " + first(bad.target(), 120) + " " + bad.detail(),
                                first(answer.body(), 200)));
                    }
                }
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("FUZZ %d bad requests in %.1f s (%.0f requests/s), seed=%d; accepted (2xx) by kind: %s%n",
                sent.sum(), took.toMillis() / 1000.0, sent.sum() * 1000.0 / Math.max(1, took.toMillis()), seed, new TreeMap<>(accepted));

        List<String> unserved = pagesNotServed(types);
        List<String> afterwards = checkNothingBroke();
        StringBuilder report = new StringBuilder();
        new TreeMap<>(failures).forEach((key, count) -> report.append(String.format("FUZZ FAILURE %5d x %-78s %-18s %3d %s%n      e.g. %s%n      -> %s%n",
                count.get(), key.operation(), key.kind(), key.status(), key.reason(), RequestMutations.printable(samples.get(key).request()),
                RequestMutations.printable(samples.get(key).answer()))));
        Map<String, int[]> byKind = new TreeMap<>();
        failures.forEach((key, count) -> {
            int[] answersAndOperations = byKind.computeIfAbsent(
                    String.format("%-18s %3d %s", key.kind(), key.status(), key.reason()), k -> new int[2]);
            answersAndOperations[0] += count.get();
            answersAndOperations[1]++;
        });
        byKind.forEach((kind, counts) -> report.append(String.format("FUZZ CLASS %5d answers, %2d operations: %s%n", counts[0], counts[1], kind)));
        unserved.forEach(type -> report.append("FUZZ PAGE ").append(type).append('\n'));
        afterwards.forEach(problem -> report.append("FUZZ AFTERWARDS ").append(problem).append('\n'));
        if (!afterwards.isEmpty()) {
            // what may have done it: the accepted requests whose values other services' rules might reject
            new TreeSet<>(acceptedRisks).forEach(risk -> report.append("FUZZ ACCEPTED ").append(risk).append('\n'));
        }
        System.out.print(report);
        System.out.println("FUZZ " + failures.size() + " failure classes, " + failures.values().stream().mapToInt(AtomicInteger::get).sum()
                + " failing answers, " + types.size() + " problem types of which " + unserved.size() + " without their page, "
                + afterwards.size() + " problems afterwards; seed=" + seed);
        if (!failures.isEmpty() || !unserved.isEmpty() || !afterwards.isEmpty()) {
            fail("seed " + seed + ": " + failures.size() + " failure classes, " + unserved.size() + " problem types without their page, "
                    + afterwards.size() + " problems afterwards (the FUZZ lines of the test's output list them)");
        }
    }

    /** What is wrong with an answer to a bad request; nothing for a 2xx or a proper problem. */
    private static List<String> failuresOf(Answer answer) {
        List<String> reasons = new ArrayList<>();
        if (answer.status() == 0) {
            reasons.add("no answer: " + answer.body());
            return reasons;
        }
        if (answer.status() >= 500) {
            reasons.add("server error");
        }
        var internal = INTERNAL_NAMES.matcher(answer.body());
        if (internal.find()) {
            reasons.add("internal name " + internal.group());
        }
        if (answer.status() >= 400 && answer.status() < 500) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                reasons.add("4xx as " + (answer.contentType().isEmpty() ? "no content type" : answer.contentType())
                        + (answer.body().isEmpty() ? ", empty body" : ""));
            } else if (!hasRule(answer.body())) {
                reasons.add("problem without a rule");
            } else if (typeOf(answer).isEmpty()) {
                reasons.add("problem whose type is not the page of its rule");
            }
            if (answer.body().length() > LARGEST_PROBLEM) {
                reasons.add("problem of " + answer.body().length() / 1024 + " KiB");
            }
        }
        return reasons;
    }

    /** A problem's type, when it is the address of its rule's page as it must be. */
    private static Optional<String> typeOf(Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            return Optional.empty();
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            String type = problem.path("type").asText();
            return type.matches("https?://[^/]+/problems/" + Pattern.quote(problem.path("rule").asText()))
                    ? Optional.of(type) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /** The problem types whose page, fetched once each without a token, is not an HTML page naming the rule. */
    private static List<String> pagesNotServed(Set<String> types) {
        List<String> unserved = new ArrayList<>();
        for (String type : new TreeSet<>(types)) {
            Answer page = send(new Request("problem page", "GET", type, "", Map.of(), null, null, "", ""));
            String rule = type.substring(type.lastIndexOf('/') + 1);
            if (page.status() != 200 || !page.contentType().startsWith("text/html") || !page.body().contains(rule)) {
                unserved.add(type + " -> " + page.status() + " " + first(page.body(), 200));
            }
        }
        return unserved;
    }

    private static boolean hasRule(String body) {
        try {
            JsonNode rule = JSON.readTree(body).path("rule");
            return rule.isTextual() && !rule.asText().isBlank();
        } catch (IOException notJson) {
            return false;
        }
    }

    // ---- afterwards: nothing stalled, nothing poisoned --------------------------------------------------------

    private static List<String> checkNothingBroke() throws Exception {
        List<String> problems = new ArrayList<>();
        for (LocalSystem.Service service : LocalSystem.SERVICES) {
            Answer ready = send(new Request("ready", "GET", url(service.name(), "/q/health/ready"), "", Map.of(), null, null, "", ""));
            if (ready.status() != 200 || !ready.body().contains("\"UP\"")) {
                problems.add(service.name() + " is not ready: " + ready.status() + " " + first(ready.body(), 200));
            }
        }
        problems.addAll(aFreshDecisionStillFlowsThrough());
        problems.addAll(lagging(WITHIN));
        problems.addAll(deadLetters());
        return problems;
    }

    /** A valid refusal after the storm: its offer is invalidated and its deadlines listed, as on a quiet day. */
    private static List<String> aFreshDecisionStillFlowsThrough() {
        try {
            String offer = paidOffer();
            refused(registered(offer));
            awaitDeadlines(offer);
            awaitUntil(() -> get("offer-service", "/offers/" + offer, EMPLOYER).path("status").asText().equals("REFUSED"));
            return List.of();
        } catch (RuntimeException | AssertionError e) {
            return List.of("a valid decision made after the fuzzing did not flow through every service: " + e.getMessage());
        }
    }

    /** Subscriptions behind their event log, and Kafka consumer groups behind their topics, still so after a while. */
    private static List<String> lagging(Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        List<String> lagging;
        do {
            lagging = new ArrayList<>();
            for (LocalSystem.Service service : LocalSystem.SERVICES) {
                lagging.addAll(subscriptionsBehind(service.database()));
            }
            lagging.addAll(consumerGroupsBehind());
            if (lagging.isEmpty()) {
                return lagging;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return lagging;
    }

    private static List<String> subscriptionsBehind(String database) throws SQLException {
        var postgres = system.stack().postgres();
        List<String> behind = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
             ResultSet rows = db.createStatement().executeQuery("SELECT c.name, c.position, (SELECT count(*) FROM events e"
                     + " WHERE (e.tx_id, e.global_position) > (c.tx_id, c.position)) AS behind FROM checkpoints c"
                     + " WHERE EXISTS (SELECT 1 FROM events e WHERE (e.tx_id, e.global_position) > (c.tx_id, c.position))")) {
            while (rows.next()) {
                behind.add(database + " subscription " + rows.getString(1) + " stalled at position " + rows.getLong(2) + ", "
                        + rows.getLong(3) + " events behind");
            }
        }
        return behind;
    }

    private static Admin kafkaAdmin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.stack().kafka().bootstrapServers());
        return Admin.create(config);
    }

    private static List<String> consumerGroupsBehind() throws Exception {
        List<String> behind = new ArrayList<>();
        try (Admin admin = kafkaAdmin()) {
            // each service consumes under its own name as group id (its application.properties)
            for (LocalSystem.Service service : LocalSystem.SERVICES) {
                String group = service.name();
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                committed.forEach((partition, offset) -> {
                    long end = ends.get(partition).offset();
                    if (offset != null && offset.offset() < end) {
                        behind.add("consumer group " + group + " behind on " + partition + " by " + (end - offset.offset()));
                    }
                });
            }
        }
        return behind;
    }

    /**
     * Every dead letter but the set-up's own came from a request a service accepted: the fuzzing itself publishes
     * nothing, and retrying a dead letter does not send it to the dead-letter topic again.
     */
    private static List<String> deadLetters() throws Exception {
        List<String> found = new ArrayList<>();
        TopicClient kafka = new TopicClient(system.stack().kafka().bootstrapServers());
        try (Admin admin = kafkaAdmin()) {
            for (String topic : admin.listTopics().names().get()) {
                if (!topic.endsWith(".dead-letters")) {
                    continue;
                }
                long fromRequests = kafka.readToEnd(topic, WITHIN).stream().filter(r -> !UNREADABLE_KEY.equals(r.key())).count();
                if (fromRequests > 0) {
                    found.add(fromRequests + " dead letters on " + topic + " from requests that were accepted");
                }
            }
        }
        return found;
    }

    // ---- valid requests ----------------------------------------------------------------------------------------

    /** A valid request of every operation, on resources of the caller's own employer, as docs/security.md allows. */
    private static Map<String, IntFunction<Seed>> fixtures() {
        String decided = TODAY.toString();
        // paid first, all together: decision-service learns of them while the rest is made
        var paid = pool(8 * FRESH + 2, FuzzSuiteTest::paidOffer).iterator();
        String offer = paid.next();
        String application = refused(registered(paid.next()));
        String refusedOffer = offerOf(application);
        // every service consumes one of these topics; each dead-letters a record it cannot read, for the operators' endpoints
        TopicClient kafka = new TopicClient(system.stack().kafka().bootstrapServers());
        kafka.send(Topics.DECISIONS, UNREADABLE_KEY, "not an event", null);
        kafka.send(Topics.OFFERS, UNREADABLE_KEY, "not an event", null);
        Fresh registrable = new Fresh(paid::next);
        Fresh undecided = new Fresh(() -> registered(paid.next()));
        // an application has one open GCMS request at a time
        Fresh withoutRequest = new Fresh(() -> refused(registered(paid.next())));
        Fresh withRequest = new Fresh(() -> {
            String refusal = refused(registered(paid.next()));
            return refusal + " " + gcmsRequest(refusal);
        });
        List<String> refusedForDeadlines = pool(FRESH / 2, () -> offerOf(refused(registered(paid.next()))));
        var deadlineIds = refusedForDeadlines.stream().flatMap(refused -> awaitDeadlines(refused).stream()).iterator();
        Fresh deadlines = new Fresh(deadlineIds::next);
        String deadline = awaitDeadlines(refusedOffer).get(0);
        Fresh fresh = new Fresh(FuzzSuiteTest::submittedOffer);
        Fresh toPay = new Fresh(FuzzSuiteTest::submittedOffer);
        Fresh toErase = new Fresh(FuzzSuiteTest::submittedOffer);
        Fresh toEvidence = new Fresh(FuzzSuiteTest::submittedOffer);
        Fresh withdrawn = new Fresh(() -> withdrawn(submittedOffer()));
        Fresh refundable = new Fresh(() -> withdrawn(paidOffer()));
        Fresh approved = new Fresh(() -> approvedOffer(registered(paid.next())));
        Fresh approvedToChange = new Fresh(() -> approvedOffer(registered(paid.next())));
        Fresh approvedToExtend = new Fresh(() -> approvedOffer(registered(paid.next())));
        Fresh feeds = new Fresh(FuzzSuiteTest::openedFeedId);
        String feedSecretPath = URI.create(post("deadline-service", "/employers/" + BUSINESS_NUMBER + "/calendar-feeds", EMPLOYER, null)
                .path("url").asText()).getPath();
        String artistsGroup = "{\"kind\": \"PERFORMING_ARTISTS\", \"performingArtistsAndStaff\": true, \"offers\": ["
                + String.join(", ", ExampleOffer.JSON, ExampleOffer.JSON, ExampleOffer.JSON) + "]}";
        String group = post("offer-service", "/offer-groups", EMPLOYER, artistsGroup).path("groupId").asText();
        registrable.slots.forEach(FuzzSuiteTest::awaitKnownToDecisions);

        Map<String, IntFunction<Seed>> fixtures = new LinkedHashMap<>();
        String employerPath = "/employers/" + BUSINESS_NUMBER;
        // offer-service
        fixtures.put("offer-service POST /offers", i -> seed("offer-service", "POST", "/offers", "", EMPLOYER, ExampleOffer.JSON));
        fixtures.put("offer-service GET /offers/{offerNumber}",
                i -> seed("offer-service", "GET", "/offers/" + offer, "", EMPLOYER, null, "offerNumber", offer));
        fixtures.put("offer-service GET /offers/{offerNumber}/history",
                i -> seed("offer-service", "GET", "/offers/" + offer + "/history", "", EMPLOYER, null, "offerNumber", offer));
        fixtures.put("offer-service GET /offers/{offerNumber}/inspection-pack",
                i -> seed("offer-service", "GET", "/offers/" + offer + "/inspection-pack", "", EMPLOYER, null, "offerNumber", offer));
        fixtures.put("offer-service POST /offers/{offerNumber}/resubmissions", i -> seed("offer-service", "POST",
                "/offers/" + withdrawn.at(i) + "/resubmissions", "", EMPLOYER,
                "{\"job\": {\"title\": \"Senior robotics engineer\", \"hoursPerWeek\": 37.5}}", "offerNumber", withdrawn.at(i)).usingUp(withdrawn, i));
        fixtures.put("offer-service POST /offers/{offerNumber}/extensions", i -> seed("offer-service", "POST",
                "/offers/" + approvedToExtend.at(i) + "/extensions", "", EMPLOYER,
                "{\"job\": {\"title\": \"Senior robotics engineer\"}}", "offerNumber", approvedToExtend.at(i))
                .usingUp(approvedToExtend, i));
        fixtures.put("offer-service GET /offers/{offerNumber}/chain",
                i -> seed("offer-service", "GET", "/offers/" + offer + "/chain", "page=0&size=20", EMPLOYER, null, "offerNumber", offer));
        fixtures.put("offer-service POST /offers/{offerNumber}/fee-payments", i -> seed("offer-service", "POST",
                "/offers/" + toPay.at(i) + "/fee-payments", "", EMPLOYER,
                "{\"amount\": 230.00, \"currency\": \"CAD\", \"paidOn\": \"" + TODAY + "\"}", "offerNumber", toPay.at(i)).usingUp(toPay, i));
        fixtures.put("offer-service POST /offers/{offerNumber}/withdrawal", i -> seed("offer-service", "POST",
                "/offers/" + fresh.at(i) + "/withdrawal", "", EMPLOYER,
                "{\"reason\": \"The position was filled internally.\", \"withdrawnOn\": \"" + TODAY + "\"}", "offerNumber", fresh.at(i)).usingUp(fresh, i));
        fixtures.put("offer-service POST /offers/{offerNumber}/fee-refunds", i -> seed("offer-service", "POST",
                "/offers/" + refundable.at(i) + "/fee-refunds", "", EMPLOYER,
                "{\"amount\": 230.00, \"currency\": \"CAD\", \"refundedOn\": \"" + TODAY + "\"}", "offerNumber", refundable.at(i)).usingUp(refundable, i));
        fixtures.put("offer-service POST /offers/{offerNumber}/employment-start", i -> seed("offer-service", "POST",
                "/offers/" + approved.at(i) + "/employment-start", "", EMPLOYER,
                "{\"startedOn\": \"" + TODAY + "\"}", "offerNumber", approved.at(i)).usingUp(approved, i));
        fixtures.put("offer-service POST /offer-groups", i -> seed("offer-service", "POST", "/offer-groups", "", EMPLOYER, artistsGroup));
        fixtures.put("offer-service GET /offer-groups/{groupId}",
                i -> seed("offer-service", "GET", "/offer-groups/" + group, "", EMPLOYER, null, "groupId", group));
        fixtures.put("offer-service GET /offers/{offerNumber}/compliance",
                i -> seed("offer-service", "GET", "/offers/" + offer + "/compliance", "", EMPLOYER, null, "offerNumber", offer));
        fixtures.put("offer-service POST /offers/{offerNumber}/compliance-evidence", i -> seed("offer-service", "POST",
                "/offers/" + toEvidence.at(i) + "/compliance-evidence", "", EMPLOYER,
                "{\"obligation\": \"NO_FEE_RECOVERED\", \"reference\": \"Attestation 2026-7\", \"documentOn\": \"" + TODAY
                        + "\", \"note\": \"Signed by the employer's director.\"}", "offerNumber", toEvidence.at(i)).usingUp(toEvidence, i));
        fixtures.put("offer-service POST /offers/{offerNumber}/employment-changes", i -> seed("offer-service", "POST",
                "/offers/" + approvedToChange.at(i) + "/employment-changes", "", EMPLOYER,
                "{\"effectiveOn\": \"" + TODAY + "\", \"wage\": {\"amount\": 52.00, \"unit\": \"HOUR\"}, \"hoursPerWeek\": 40,"
                        + " \"duties\": \"Design, test and commission industrial robots.\","
                        + " \"location\": {\"city\": \"Kingston\", \"province\": \"ON\"}, \"promotion\": false,"
                        + " \"documents\": [\"Amended agreement 2026-12-15\"]}", "offerNumber", approvedToChange.at(i))
                .usingUp(approvedToChange, i));
        fixtures.put("offer-service DELETE /offers/{offerNumber}/worker", i -> seed("offer-service", "DELETE",
                "/offers/" + toErase.at(i) + "/worker", "", EMPLOYER, null, "offerNumber", toErase.at(i)).usingUp(toErase, i));
        fixtures.put("offer-service GET /employers/{businessNumber}/offers", i -> seed("offer-service", "GET", employerPath + "/offers",
                "status=READY&page=0&size=20", EMPLOYER, null, "businessNumber", BUSINESS_NUMBER));
        fixtures.put("offer-service GET /employers/{businessNumber}/fees",
                i -> seed("offer-service", "GET", employerPath + "/fees", "", EMPLOYER, null, "businessNumber", BUSINESS_NUMBER));
        fixtures.put("offer-service GET /employers/{businessNumber}/cost-forecast",
                i -> seed("offer-service", "GET", employerPath + "/cost-forecast", "plannedHires=3", EMPLOYER, null,
                        "businessNumber", BUSINESS_NUMBER));
        fixtures.put("offer-service GET /employers/{businessNumber}/compliance", i -> seed("offer-service", "GET",
                employerPath + "/compliance", "page=0&size=20", EMPLOYER, null, "businessNumber", BUSINESS_NUMBER));
        String inspections = employerPath + "/inspections";
        String inspection = inspection(offer);
        Fresh noticed = new Fresh(() -> inspection(offer));
        Fresh toDetermine = new Fresh(() -> inspection(offer));
        Fresh found = new Fresh(() -> inspected(inspection(offer), "/preliminary-finding", "{\"sentOn\": \"" + TODAY + "\"}"));
        Fresh penalised = new Fresh(() -> inspected(inspection(offer), "/determination", AMP_DETERMINED));
        fixtures.put("offer-service POST /employers/{businessNumber}/inspections", i -> seed("offer-service", "POST", inspections, "",
                EMPLOYER, inspectionNotice(offer), "businessNumber", BUSINESS_NUMBER));
        fixtures.put("offer-service GET /employers/{businessNumber}/inspections", i -> seed("offer-service", "GET", inspections,
                "page=0&size=20", EMPLOYER, null, "businessNumber", BUSINESS_NUMBER));
        fixtures.put("offer-service GET /employers/{businessNumber}/inspections/{inspectionId}", i -> seed("offer-service", "GET",
                inspections + "/" + inspection, "", EMPLOYER, null, "businessNumber", BUSINESS_NUMBER, "inspectionId", inspection));
        fixtures.put("offer-service POST /employers/{businessNumber}/inspections/{inspectionId}/preliminary-finding",
                i -> seed("offer-service", "POST", inspections + "/" + noticed.at(i) + "/preliminary-finding", "", EMPLOYER,
                        "{\"sentOn\": \"" + TODAY + "\"}", "businessNumber", BUSINESS_NUMBER, "inspectionId", noticed.at(i))
                        .usingUp(noticed, i));
        fixtures.put("offer-service POST /employers/{businessNumber}/inspections/{inspectionId}/preliminary-finding-response",
                i -> seed("offer-service", "POST", inspections + "/" + found.at(i) + "/preliminary-finding-response", "", EMPLOYER,
                        "{\"respondedOn\": \"" + TODAY + "\", \"reference\": \"HR-2026-117\"}", "businessNumber", BUSINESS_NUMBER,
                        "inspectionId", found.at(i)).usingUp(found, i));
        fixtures.put("offer-service POST /employers/{businessNumber}/inspections/{inspectionId}/determination",
                i -> seed("offer-service", "POST", inspections + "/" + toDetermine.at(i) + "/determination", "", EMPLOYER, AMP_DETERMINED,
                        "businessNumber", BUSINESS_NUMBER, "inspectionId", toDetermine.at(i)).usingUp(toDetermine, i));
        fixtures.put("offer-service POST /employers/{businessNumber}/inspections/{inspectionId}/penalty-payment",
                i -> seed("offer-service", "POST", inspections + "/" + penalised.at(i) + "/penalty-payment", "", EMPLOYER,
                        "{\"amount\": 5000.00, \"currency\": \"CAD\", \"paidOn\": \"" + TODAY + "\"}", "businessNumber",
                        BUSINESS_NUMBER, "inspectionId", penalised.at(i)).usingUp(penalised, i));
        fixtures.put("offer-service PUT /employers/{businessNumber}/reminder-recipients", i -> seed("offer-service", "PUT",
                employerPath + "/reminder-recipients", "", EMPLOYER, "{\"emails\": [\"counsel@firm.example\"]}",
                "businessNumber", BUSINESS_NUMBER));
        fixtures.put("offer-service GET /employers/{businessNumber}/reminder-recipients", i -> seed("offer-service", "GET",
                employerPath + "/reminder-recipients", "", EMPLOYER, null, "businessNumber", BUSINESS_NUMBER));
        fixtures.put("offer-service GET /employers/{businessNumber}/reminder-mails", i -> seed("offer-service", "GET",
                employerPath + "/reminder-mails", "page=0&size=20", EMPLOYER, null, "businessNumber", BUSINESS_NUMBER));
        String webhooks = employerPath + "/webhook-subscriptions";
        String webhook = webhookSubscription(webhooks);
        Fresh toStop = new Fresh(() -> webhookSubscription(webhooks));
        fixtures.put("offer-service POST /employers/{businessNumber}/webhook-subscriptions", i -> seed("offer-service", "POST",
                webhooks, "", EMPLOYER, WEBHOOK, "businessNumber", BUSINESS_NUMBER));
        fixtures.put("offer-service GET /employers/{businessNumber}/webhook-subscriptions", i -> seed("offer-service", "GET",
                webhooks, "page=0&size=20", EMPLOYER, null, "businessNumber", BUSINESS_NUMBER));
        fixtures.put("offer-service GET /employers/{businessNumber}/webhook-subscriptions/{subscriptionId}", i -> seed("offer-service",
                "GET", webhooks + "/" + webhook, "", EMPLOYER, null, "businessNumber", BUSINESS_NUMBER, "subscriptionId", webhook));
        fixtures.put("offer-service DELETE /employers/{businessNumber}/webhook-subscriptions/{subscriptionId}", i -> seed("offer-service",
                "DELETE", webhooks + "/" + toStop.at(i), "", EMPLOYER, null, "businessNumber", BUSINESS_NUMBER,
                "subscriptionId", toStop.at(i)).usingUp(toStop, i));
        fixtures.put("offer-service POST /employers/{businessNumber}/webhook-subscriptions/{subscriptionId}/secret-rotations",
                i -> seed("offer-service", "POST", webhooks + "/" + webhook + "/secret-rotations", "", EMPLOYER, null,
                        "businessNumber", BUSINESS_NUMBER, "subscriptionId", webhook));
        fixtures.put("offer-service GET /employers/{businessNumber}/webhook-subscriptions/{subscriptionId}/deliveries",
                i -> seed("offer-service", "GET", webhooks + "/" + webhook + "/deliveries", "page=0&size=20", EMPLOYER, null,
                        "businessNumber", BUSINESS_NUMBER, "subscriptionId", webhook));
        fixtures.put("offer-service GET /reference/exemption-codes",
                i -> seed("offer-service", "GET", "/reference/exemption-codes", "", EMPLOYER, null));
        fixtures.put("offer-service GET /reference/fee-exemption-programs",
                i -> seed("offer-service", "GET", "/reference/fee-exemption-programs", "", EMPLOYER, null));
        fixtures.put("offer-service GET /ops/personal-data-reads",
                i -> seed("offer-service", "GET", "/ops/personal-data-reads", "", OPS, null));
        // decision-service
        fixtures.put("decision-service POST /applications", i -> seed("decision-service", "POST", "/applications", "", OFFICER,
                "{\"offerNumber\": \"" + registrable.at(i) + "\", \"applicantLocation\": \"INSIDE_CANADA\", \"submittedOn\": \""
                        + TODAY + "\"}").usingUp(registrable, i));
        fixtures.put("decision-service GET /applications/{applicationId}",
                i -> seed("decision-service", "GET", "/applications/" + application, "", EMPLOYER, null, "applicationId", application));
        fixtures.put("decision-service POST /applications/{applicationId}/decision", i -> seed("decision-service", "POST",
                "/applications/" + undecided.at(i) + "/decision", "", OFFICER,
                "{\"outcome\": \"REFUSED\", \"decidedOn\": \"" + decided + "\", \"communicatedOn\": \"" + decided
                        + "\", \"grounds\": [\"NOT_TEMPORARY\"], \"factors\": [\"TRAVEL_HISTORY\"]}",
                "applicationId", undecided.at(i)).usingUp(undecided, i));
        fixtures.put("decision-service GET /applications/{applicationId}/next-steps", i -> seed("decision-service", "GET",
                "/applications/" + application + "/next-steps", "", EMPLOYER, null, "applicationId", application));
        fixtures.put("decision-service POST /applications/{applicationId}/gcms-requests", i -> seed("decision-service", "POST",
                "/applications/" + withoutRequest.at(i) + "/gcms-requests", "", EMPLOYER, gcmsRequestBody(),
                "applicationId", withoutRequest.at(i)).usingUp(withoutRequest, i));
        fixtures.put("decision-service GET /applications/{applicationId}/gcms-requests", i -> seed("decision-service", "GET",
                "/applications/" + application + "/gcms-requests", "", EMPLOYER, null, "applicationId", application));
        fixtures.put("decision-service POST /applications/{applicationId}/gcms-requests/{requestId}/receipt",
                i -> seed("decision-service", "POST", "/applications/" + withRequest.at(i).replace(" ", "/gcms-requests/") + "/receipt",
                        "", OFFICER, "{\"receivedOn\": \"" + TODAY + "\"}", "applicationId", withRequest.at(i).split(" ")[0],
                        "requestId", withRequest.at(i).split(" ")[1]).usingUp(withRequest, i));
        fixtures.put("decision-service GET /offers/{offerNumber}/applications", i -> seed("decision-service", "GET",
                "/offers/" + refusedOffer + "/applications", "", EMPLOYER, null, "offerNumber", refusedOffer));
        // deadline-service
        fixtures.put("deadline-service POST /deadlines/preview", i -> seed("deadline-service", "POST", "/deadlines/preview", "", EMPLOYER,
                "{\"outcome\": \"REFUSED\", \"decidedOn\": \"" + decided + "\", \"communicatedOn\": \"" + decided
                        + "\", \"applicantLocation\": \"INSIDE_CANADA\", \"grounds\": [\"NOT_TEMPORARY\"]}"));
        fixtures.put("deadline-service GET /deadlines", i -> seed("deadline-service", "GET", "/deadlines", "offerNumber=" + refusedOffer
                + "&status=OPEN&dueFrom=" + TODAY.minusYears(1) + "&dueTo=" + TODAY.plusYears(1) + "&page=0&size=50", EMPLOYER, null));
        fixtures.put("deadline-service GET /deadlines/{deadlineId}",
                i -> seed("deadline-service", "GET", "/deadlines/" + deadline, "", EMPLOYER, null, "deadlineId", deadline));
        fixtures.put("deadline-service GET /deadlines/{deadlineId}/timers",
                i -> seed("deadline-service", "GET", "/deadlines/" + deadline + "/timers", "", EMPLOYER, null, "deadlineId", deadline));
        fixtures.put("deadline-service POST /deadlines/{deadlineId}/met", i -> seed("deadline-service", "POST",
                "/deadlines/" + deadlines.at(i) + "/met", "", EMPLOYER,
                "{\"metOn\": \"" + TODAY + "\", \"note\": \"Leave application filed at the Federal Court.\"}",
                "deadlineId", deadlines.at(i)).usingUp(deadlines, i));
        fixtures.put("deadline-service POST /employers/{businessNumber}/calendar-feeds", i -> seed("deadline-service", "POST",
                employerPath + "/calendar-feeds", "", EMPLOYER, null, "businessNumber", BUSINESS_NUMBER));
        fixtures.put("deadline-service GET /employers/{businessNumber}/calendar-feeds", i -> seed("deadline-service", "GET",
                employerPath + "/calendar-feeds", "", EMPLOYER, null, "businessNumber", BUSINESS_NUMBER));
        fixtures.put("deadline-service DELETE /employers/{businessNumber}/calendar-feeds/{feedId}", i -> seed("deadline-service", "DELETE",
                employerPath + "/calendar-feeds/" + feeds.at(i), "", EMPLOYER, null,
                "businessNumber", BUSINESS_NUMBER, "feedId", feeds.at(i)).usingUp(feeds, i));
        String secret = feedSecretPath.split("/")[2];
        fixtures.put("deadline-service GET /calendar-feeds/{secret}/deadlines.ics",
                i -> seed("deadline-service", "GET", feedSecretPath, "", null, null, "secret", secret));
        // deadline-service's operators: its read model, and a parked timer of a deadline no log holds (a retry fails again)
        fixtures.put("deadline-service GET /ops/read-models",
                i -> seed("deadline-service", "GET", "/ops/read-models", "page=0&size=50", OPS, null));
        fixtures.put("deadline-service GET /ops/read-models/{name}",
                i -> seed("deadline-service", "GET", "/ops/read-models/deadline-view", "", OPS, null, "name", "deadline-view"));
        fixtures.put("deadline-service POST /ops/read-models/{name}/rebuilds", i -> seed("deadline-service", "POST",
                "/ops/read-models/deadline-view/rebuilds", "", OPS, null, "name", "deadline-view"));
        String parkedTimer = parkedTimer();
        fixtures.put("deadline-service GET /ops/parked-timers",
                i -> seed("deadline-service", "GET", "/ops/parked-timers", "page=0&size=50", OPS, null));
        fixtures.put("deadline-service POST /ops/parked-timers/{deadlineId}/{timer}/retry", i -> seed("deadline-service", "POST",
                "/ops/parked-timers/" + parkedTimer + "/ELAPSE/retry", "", OPS, null, "deadlineId", parkedTimer, "timer", "ELAPSE"));
        // the operators' endpoints every service shares, on a parked event and a dead letter of its own
        for (LocalSystem.Service service : LocalSystem.SERVICES) {
            String name = service.name();
            String parked = parkedEvent(service.database());
            String deadLetter = awaitDeadLetter(name);
            fixtures.put(name + " GET /ops/parked-events", i -> seed(name, "GET", "/ops/parked-events", "page=0&size=50", OPS, null));
            fixtures.put(name + " POST /ops/parked-events/retry", i -> seed(name, "POST", "/ops/parked-events/retry", "", OPS, null));
            fixtures.put(name + " POST /ops/parked-events/{id}/retry", i -> seed(name, "POST", "/ops/parked-events/" + parked + "/retry",
                    "", OPS, null, "id", parked));
            fixtures.put(name + " GET /ops/dead-letters", i -> seed(name, "GET", "/ops/dead-letters", "page=0&size=50", OPS, null));
            fixtures.put(name + " POST /ops/dead-letters/{id}/retry", i -> seed(name, "POST", "/ops/dead-letters/" + deadLetter + "/retry",
                    "", OPS, null, "id", deadLetter));
            fixtures.put(name + " GET /ops/offer-facts", i -> seed(name, "GET", "/ops/offer-facts", "since=0&page=0&size=50", OPS, null));
            fixtures.put(name + " GET /ops/offers/{offerNumber}/facts", i -> seed(name, "GET", "/ops/offers/" + refusedOffer + "/facts",
                    "", OPS, null, "offerNumber", refusedOffer));
        }
        return fixtures;
    }

    /**
     * A parked event of a subscription that no longer runs, as a retired read model leaves behind: a retry answers
     * so and keeps it parked. No request parks an event (that would be a fault), so it is written where the service
     * keeps its parked events, on the first event of its log.
     */
    private static String parkedEvent(String database) {
        var postgres = system.stack().postgres();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
             ResultSet id = db.createStatement().executeQuery("INSERT INTO parked_events (subscription, global_position, event_id,"
                     + " event_type, reason, attempts) SELECT 'retired-read-model', global_position, event_id, event_type,"
                     + " 'parked before its read model was retired', 1 FROM events ORDER BY global_position LIMIT 1 RETURNING id")) {
            if (!id.next()) {
                throw new AssertionError(database + " has no event to park");
            }
            return id.getString(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A parked timer, written where deadline-service keeps its timers, of a deadline that no log holds: no request parks a
     * timer (a timer parks when its firing keeps failing), and a retry of this one fails again and keeps it parked.
     */
    private static String parkedTimer() {
        var postgres = system.stack().postgres();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("deadlines"), postgres.username(), postgres.password());
             ResultSet id = db.createStatement().executeQuery("INSERT INTO deadline_timers (deadline_id, timer, offer_number, kind,"
                     + " days_before, fire_at, state, settled_at, attempts, reason) VALUES (gen_random_uuid(), 'ELAPSE', 'A0000000',"
                     + " 'ELAPSE', 0, now() - interval '1 day', 'PARKED', now(), 3, 'parked by the fuzz suite: no log holds its deadline')"
                     + " RETURNING deadline_id")) {
            id.next();
            return id.getString(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The dead letter the service made of the unreadable record the set-up sent it, once it has. */
    private static String awaitDeadLetter(String service) {
        String[] id = new String[1];
        awaitUntil(() -> {
            for (JsonNode letter : get(service, "/ops/dead-letters", OPS, "size=200").path("items")) {
                // without an envelope, a dead letter has no event type
                if (letter.path("eventType").isNull() || letter.path("eventType").isMissingNode()) {
                    id[0] = letter.path("id").asText();
                    return true;
                }
            }
            return false;
        });
        return id[0];
    }

    private static Seed seed(String service, String method, String path, String query, String token, String body, String... pathValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pathValues.length; i += 2) {
            values.put(pathValues[i], pathValues[i + 1]);
        }
        Map<String, String> headers = body == null ? Map.of() : Map.of("Content-Type", "application/json");
        String operation = service + " " + method + " " + templateOf(path, values);
        return new Seed(new Request(operation, method, url(service, path), query, headers, body, token, "VALID", ""), values, () -> { });
    }

    /** The operation as the OpenAPI document names it: the path with its parameters' names back in. */
    private static String templateOf(String path, Map<String, String> values) {
        String template = path;
        // the longest first: a GCMS request's id contains its application's
        var longestFirst = values.entrySet().stream()
                .sorted((a, b) -> b.getValue().length() - a.getValue().length()).toList();
        for (var value : longestFirst) {
            template = template.replace(value.getValue(), "{" + value.getKey() + "}");
        }
        return template;
    }

    private static List<String> pool(int size, Supplier<String> make) {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            made.add(make.get());
        }
        return made;
    }

    private static String submittedOffer() {
        return post("offer-service", "/offers", EMPLOYER, ExampleOffer.JSON).path("offerNumber").asText();
    }

    private static String paidOffer() {
        String number = submittedOffer();
        post("offer-service", "/offers/" + number + "/fee-payments", EMPLOYER, "{\"amount\": 230.00, \"currency\": \"CAD\"}");
        return number;
    }

    private static final String AMP_DETERMINED = "{\"outcome\": \"AMP\", \"penalty\": {\"amount\": 5000.00, \"currency\": \"CAD\"},"
            + " \"sentOn\": \"" + TODAY + "\"}";

    private static String inspectionNotice(String offer) {
        return "{\"offerNumbers\": [\"" + offer + "\"], \"noticeOn\": \"" + TODAY + "\", \"documentsDueOn\": \"" + TODAY.plusDays(30)
                + "\"}";
    }

    /** A notice of inspection of the employer, covering its offer. */
    private static String inspection(String offer) {
        return post("offer-service", "/employers/" + BUSINESS_NUMBER + "/inspections", EMPLOYER, inspectionNotice(offer))
                .path("inspectionId").asText();
    }

    /** The inspection, with a step recorded on it. */
    private static String inspected(String inspectionId, String step, String body) {
        post("offer-service", "/employers/" + BUSINESS_NUMBER + "/inspections/" + inspectionId + step, EMPLOYER, body);
        return inspectionId;
    }

    private static String withdrawn(String offer) {
        post("offer-service", "/offers/" + offer + "/withdrawal", EMPLOYER, "{\"reason\": \"The position was filled.\"}");
        return offer;
    }

    /** decision-service learns of a paid offer from offer-service's events, within seconds. */
    private static void awaitKnownToDecisions(String offer) {
        awaitUntil(() -> !get("decision-service", "/offers/" + offer + "/applications", EMPLOYER).isMissingNode());
    }

    private static String registered(String offer) {
        String body = "{\"offerNumber\": \"" + offer + "\", \"applicantLocation\": \"INSIDE_CANADA\", \"submittedOn\": \""
                + TODAY + "\"}";
        String[] id = new String[1];
        awaitUntil(() -> {
            Answer answer = send(jsonRequest("decision-service", "POST", "/applications", OFFICER, body));
            if (answer.status() == 201) {
                id[0] = parse(answer.body()).path("applicationId").asText();
                return true;
            }
            return false;
        });
        return id[0];
    }

    private static String offerOf(String application) {
        return application.substring(0, application.indexOf('-'));
    }

    private static String refused(String application) {
        String day = TODAY.toString();
        post("decision-service", "/applications/" + application + "/decision", OFFICER, "{\"outcome\": \"REFUSED\", \"decidedOn\": \""
                + day + "\", \"grounds\": [\"NOT_TEMPORARY\"], \"factors\": [\"TRAVEL_HISTORY\"]}");
        return application;
    }

    /** The application approved today, as offer-service has learnt: the offer a worker can start work under. */
    private static String approvedOffer(String application) {
        post("decision-service", "/applications/" + application + "/decision", OFFICER, "{\"outcome\": \"APPROVED\", \"decidedOn\": \""
                + TODAY + "\", \"permitExpiresOn\": \"" + TODAY.plusYears(2) + "\"}");
        String offer = offerOf(application);
        awaitUntil(() -> get("offer-service", "/offers/" + offer, EMPLOYER).path("status").asText().equals("APPROVED"));
        return offer;
    }

    private static String gcmsRequestBody() {
        return "{\"act\": \"PRIVACY\", \"filedOn\": \"" + TODAY + "\", \"consentOnFile\": true,"
                + " \"requester\": {\"name\": \"Camille Dupont\", \"role\": \"APPLICANT\", \"inCanada\": true}}";
    }

    private static String gcmsRequest(String application) {
        return post("decision-service", "/applications/" + application + "/gcms-requests", EMPLOYER, gcmsRequestBody())
                .path("requestId").asText();
    }

    /**
     * A webhook endpoint the packaged service accepts (https to a public address; 203.0.113.0/24 is reserved for
     * documentation, so nothing answers there): a reminder the suite causes is tried there in the background and
     * fails, which no check of the suite waits for.
     */
    private static final String WEBHOOK = "{\"url\": \"https://203.0.113.10/hooks\", \"eventTypes\": [\"DeadlineReminderDue\"]}";

    private static String webhookSubscription(String webhooks) {
        return post("offer-service", webhooks, EMPLOYER, WEBHOOK).path("subscriptionId").asText();
    }

    private static String openedFeedId() {
        return post("deadline-service", "/employers/" + BUSINESS_NUMBER + "/calendar-feeds", EMPLOYER, null).path("feedId").asText();
    }

    /** The open deadlines deadline-service scheduled for a refused offer, once it has. */
    private static List<String> awaitDeadlines(String offer) {
        List<String> ids = new ArrayList<>();
        awaitUntil(() -> {
            ids.clear();
            get("deadline-service", "/deadlines", EMPLOYER, "offerNumber=" + offer + "&status=OPEN").path("items")
                    .forEach(item -> ids.add(item.path("deadlineId").asText()));
            return !ids.isEmpty();
        });
        return ids;
    }

    private static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WITHIN);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    // ---- HTTP ---------------------------------------------------------------------------------------------------

    private static String url(String service, String path) {
        return system.url(service).replaceAll("/$", "") + path;
    }

    private static Request jsonRequest(String service, String method, String path, String token, String body) {
        return new Request("setup", method, url(service, path), "", body == null ? Map.of() : Map.of("Content-Type", "application/json"),
                body, token, "", "");
    }

    private static JsonNode post(String service, String path, String token, String body) {
        Answer answer = send(jsonRequest(service, "POST", path, token, body));
        if (answer.status() / 100 != 2) {
            throw new AssertionError("POST " + path + " -> " + answer.status() + " " + first(answer.body(), 300));
        }
        return parse(answer.body());
    }

    private static JsonNode get(String service, String path, String token) {
        return get(service, path, token, "");
    }

    private static JsonNode get(String service, String path, String token, String query) {
        Answer answer = send(new Request("setup", "GET", url(service, path), query, Map.of(), null, token, "", ""));
        return answer.status() == 200 ? parse(answer.body()) : JSON.missingNode();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + first(body, 200), e);
        }
    }

    /**
     * Sends a request; no answer, even on a connection of its own (a pooled one may have been closed by the
     * server after the previous request's error), is reported as status 0.
     */
    private static Answer sendOrReport(Request request) {
        try {
            return send(request);
        } catch (RuntimeException pooledConnectionClosed) {
            try {
                return sendRaw(request);
            } catch (RuntimeException e) {
                return new Answer(0, "", e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            }
        }
    }

    private static Answer send(Request request) {
        String target = request.target();
        URI uri;
        try {
            uri = new URI(target);
        } catch (java.net.URISyntaxException badlyEncoded) {
            return sendRaw(request);
        }
        if (request.headers().values().stream().anyMatch(v -> v.length() > 8_000) || request.path().length() > 8_000) {
            // refused at the HTTP layer, which may close the connection: one of its own keeps the shared client's pool out of it
            return sendRaw(request);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        try {
            request.headers().forEach(builder::header);
        } catch (IllegalArgumentException refusedByTheClient) {
            return sendRaw(request);
        }
        if (request.token() != null) {
            builder.header("Authorization", "Bearer " + request.token());
        }
        builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * HTTP/1.1 over a plain socket, for what the JDK client will not send: a badly percent-encoded target
     * and headers or request lines of many kilobytes.
     */
    private static Answer sendRaw(Request request) {
        URI base = URI.create(request.path().substring(0, request.path().indexOf('/', "http://".length())));
        String target = request.target().substring(base.toString().length());
        byte[] body = request.body() == null ? new byte[0] : request.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(request.method() + " " + target + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n");
        request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (request.token() != null) {
            head.append("Authorization: Bearer ").append(request.token()).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return parseRaw(socket.getInputStream());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Answer parseRaw(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (java.net.SocketException reset) {
            // a server that answers and then resets the connection still answered
        }
        byte[] raw = all.toByteArray();
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int split = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || split < 0) {
            throw new java.io.UncheckedIOException(new IOException("connection closed without an answer"));
        }
        String[] lines = text.substring(0, split).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = "";
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).trim();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        // the head is ASCII, so its length in ISO-8859-1 characters is its length in bytes
        byte[] body = java.util.Arrays.copyOfRange(raw, split + 4, raw.length);
        return new Answer(status, contentType, new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
    }

    /** Chunk sizes count bytes, and a body in UTF-8 (an en dash in a label) has more bytes than characters. */
    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String sizes = new String(chunked, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < chunked.length) {
            int end = sizes.indexOf("\r\n", at);
            if (end < 0) {
                break;
            }
            int size = Integer.parseInt(sizes.substring(at, end).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            int from = end + 2;
            out.write(chunked, from, Math.min(chunked.length - from, size));
            at = from + size + 2;
        }
        return out.toByteArray();
    }

    private static String first(String text, int characters) {
        return text.length() <= characters ? text : text.substring(0, characters);
    }
}
