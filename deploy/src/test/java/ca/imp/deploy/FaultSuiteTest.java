package ca.imp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.EventJson;
import ca.imp.contract.Topics;
import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.embedded.TopicClient;

/**
 * The fault suite: the three packaged services on a real Kafka and a real PostgreSQL (durable, fsync on),
 * a burst of 500 refusals sent as an officer's tool would (retrying what fails), and during it each
 * service killed outright (SIGKILL) and restarted, the Kafka broker restarted, and PostgreSQL crashed
 * (immediate shutdown, crash recovery on start) and restarted. Afterwards every decision has taken
 * effect exactly once everywhere: one invalidation and one refund owed in offer-service, one set of
 * deadlines with one timer plan in deadline-service, each of them kept by offer-service as deadline-service
 * counted it, every stored event on its topic, nothing parked
 * or dead-lettered, and {@code deploy/reconcile} finds nothing. Each recovery's time is printed.
 */
class FaultSuiteTest {
    private static final int DECISIONS = 500;
    private static final int DECISIONS_PER_SECOND = 12;
    private static final int SENDERS = 4;
    /** Decisions accepted between two faults, and how many more may be on their way when a fault strikes. */
    private static final int BETWEEN_FAULTS = 80;
    private static final int AHEAD_OF_FAULT = 30;
    private static final Duration WITHIN = Duration.ofMinutes(3);
    private static final String EMPLOYER = TestCallers.employer(ExampleOffer.BUSINESS_NUMBER);
    private static final String OFFICER = TestCallers.officer();
    /** Applications are made and decided the day their offers are, the services' today. */
    private static final String DECIDED_ON = ExampleOffer.today();

    @RegisterExtension
    static final PackagedProduct PRODUCT = new PackagedProduct("faults");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();



    /** A fault, and what it does; the fault returns once what it broke is back. */
    private record Fault(String name, Runnable strike) {
    }

    @Test
    void every_decision_takes_effect_exactly_once_through_crashes_of_each_service_kafka_and_postgresql() throws Exception {
        long preparing = System.nanoTime();
        List<Registered> registered = registerApplications();
        System.out.printf("FAULTS prepared %d paid offers with registered applications in %.1f s%n", registered.size(),
                seconds(System.nanoTime() - preparing));

        List<Fault> faults = List.of(
                serviceCrash("offer-service"), serviceCrash("decision-service"), serviceCrash("deadline-service"),
                new Fault("Kafka broker restarted", () -> PRODUCT.stack().kafka().restart()),
                new Fault("PostgreSQL crashed and restarted", () -> PRODUCT.stack().postgres().crashAndRestart()));
        Burst burst = new Burst(registered.stream().map(Registered::applicationId).toList());
        burst.allowUpTo(BETWEEN_FAULTS + AHEAD_OF_FAULT);
        burst.start();
        for (int i = 0; i < faults.size(); i++) {
            int turn = (i + 1) * BETWEEN_FAULTS;
            burst.awaitAccepted(turn);
            Fault fault = faults.get(i);
            long struck = System.nanoTime();
            fault.strike().run();
            long back = System.nanoTime();
            burst.allowUpTo(turn + BETWEEN_FAULTS + AHEAD_OF_FAULT);
            double flowing = awaitEffectOfADecisionAcceptedAfter(burst, back, registered);
            System.out.printf("RECOVERY %-34s back after %5.1f s; a decision accepted after that took effect in every"
                    + " service %5.1f s later%n", fault.name(), seconds(back - struck), flowing);
        }
        burst.allowUpTo(DECISIONS);
        burst.finish();
        System.out.printf("FAULTS %d decisions accepted in %.1f s, %d sends retried during outages%n", DECISIONS,
                burst.seconds(), burst.retries());

        awaitEveryEffect(registered);
        assertEveryDecisionTookEffectExactlyOnce(registered);
        assertEveryStoredEventIsOnItsTopic();
        assertNothingParkedOrDeadLettered();
        assertReconcileFindsNothing();
    }

    private Fault serviceCrash(String service) {
        return new Fault(service + " killed and restarted", () -> {
            PRODUCT.kill(service);
            PRODUCT.restart(service, Duration.ofMinutes(1));
        });
    }

    // ---- the burst ---------------------------------------------------------------------------------------

    private record Registered(String offerNumber, String applicationId) {
    }

    /**
     * Decisions sent by a few officers at a steady pace, each retried until it is accepted: while a service
     * or its database is down, a send fails or gets a 503, and the same decision is sent again (recording it
     * twice is answered as done). Sends stop at an allowance so that each fault strikes mid-burst.
     */
    private final class Burst {
        private final List<String> applications;
        private final Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
        private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        private final List<Future<?>> running = new ArrayList<>();
        private final List<String> refused = new ArrayList<>();
        private int next;
        private int allowance;
        private int retries;
        private long started;
        private long finished;

        Burst(List<String> applications) {
            this.applications = applications;
        }

        void start() {
            started = System.nanoTime();
            for (int i = 0; i < SENDERS; i++) {
                running.add(senders.submit(this::send));
            }
        }

        synchronized void allowUpTo(int count) {
            allowance = Math.min(count, applications.size());
            notifyAll();
        }

        private synchronized int claim() throws InterruptedException {
            while (next >= allowance && next < applications.size()) {
                wait();
            }
            return next < applications.size() ? next++ : -1;
        }

        private Void send() throws Exception {
            for (int i = claim(); i >= 0; i = claim()) {
                long due = started + i * 1_000_000_000L / DECISIONS_PER_SECOND;
                Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                String applicationId = applications.get(i);
                decideUntilAccepted(applicationId);
                acceptedAt.put(applicationId, System.nanoTime());
                synchronized (this) {
                    notifyAll();
                }
            }
            return null;
        }

        private void decideUntilAccepted(String applicationId) throws InterruptedException {
            String decision = """
                    {"outcome": "REFUSED", "decidedOn": "%s", "communicatedOn": "%s",
                     "grounds": ["NOT_TEMPORARY"], "factors": ["TRAVEL_HISTORY"]}""".formatted(DECIDED_ON, DECIDED_ON);
            long giveUp = System.nanoTime() + WITHIN.toNanos();
            while (System.nanoTime() < giveUp) {
                try {
                    HttpResponse<String> response = post(PRODUCT.url("decision-service"),
                            "/applications/" + applicationId + "/decision", OFFICER, decision);
                    if (response.statusCode() == 200) {
                        return;
                    }
                    if (response.statusCode() < 500) {
                        synchronized (this) {
                            refused.add(applicationId + ": " + response.statusCode() + " " + response.body());
                        }
                        return;
                    }
                } catch (IOException down) {
                    // the service is restarting: send the same decision again
                }
                synchronized (this) {
                    retries++;
                }
                Thread.sleep(200);
            }
            throw new AssertionError("decision on " + applicationId + " not accepted within " + WITHIN);
        }

        synchronized void awaitAccepted(int count) throws InterruptedException {
            long giveUp = System.nanoTime() + WITHIN.toNanos();
            while (acceptedAt.size() < count) {
                if (System.nanoTime() > giveUp) {
                    throw new AssertionError("only " + acceptedAt.size() + " of " + count + " decisions accepted");
                }
                wait(1000);
            }
        }

        void finish() throws Exception {
            for (Future<?> sender : running) {
                sender.get();
            }
            finished = System.nanoTime();
            senders.shutdown();
            assertEquals(List.of(), refused, "every decision is accepted");
        }

        Map<String, Long> acceptedAt() {
            return acceptedAt;
        }

        synchronized int retries() {
            return retries;
        }

        double seconds() {
            return FaultSuiteTest.seconds(finished - started);
        }
    }

    /** How long after {@code back} the first decision accepted after it had taken effect in offer-service and deadline-service. */
    private double awaitEffectOfADecisionAcceptedAfter(Burst burst, long back, List<Registered> registered) throws Exception {
        Map<String, String> offerOf = registered.stream()
                .collect(Collectors.toMap(Registered::applicationId, Registered::offerNumber));
        long giveUp = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < giveUp) {
            Set<String> later = new HashSet<>();
            burst.acceptedAt().forEach((application, at) -> {
                if (at > back) {
                    later.add(application);
                }
            });
            if (!later.isEmpty()) {
                try {
                    Set<String> invalidated = strings("offers", "SELECT stream_id FROM events WHERE event_type = 'OfferInvalidated'");
                    Set<String> scheduled = strings("deadlines",
                            "SELECT DISTINCT data->>'applicationId' FROM events WHERE event_type = 'DeadlineScheduled'");
                    if (later.stream().anyMatch(a -> invalidated.contains(offerOf.get(a)) && scheduled.contains(a))) {
                        return seconds(System.nanoTime() - back);
                    }
                } catch (SQLException databaseStillRecovering) {
                    // read again in a moment
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no decision accepted after the recovery took effect within " + WITHIN);
    }

    // ---- what must hold afterwards -----------------------------------------------------------------------

    /** Waits until every decision reached offer-service and deadline-service, and every store's subscriptions caught up. */
    private void awaitEveryEffect(List<Registered> registered) throws Exception {
        long giveUp = System.nanoTime() + WITHIN.toNanos();
        Set<String> offers = registered.stream().map(Registered::offerNumber).collect(Collectors.toSet());
        Set<String> applications = registered.stream().map(Registered::applicationId).collect(Collectors.toSet());
        while (true) {
            Set<String> invalidated = strings("offers", "SELECT stream_id FROM events WHERE event_type = 'OfferInvalidated'");
            Set<String> scheduled = strings("deadlines",
                    "SELECT DISTINCT data->>'applicationId' FROM events WHERE event_type = 'DeadlineScheduled'");
            if (invalidated.containsAll(offers) && scheduled.containsAll(applications) && everySubscriptionCaughtUp()
                    && deadlinesKeptByOfferService().equals(deadlinesCounted())) {
                return;
            }
            if (System.nanoTime() > giveUp) {
                offers.removeAll(invalidated);
                applications.removeAll(scheduled);
                throw new AssertionError(offers.size() + " offers never invalidated, " + applications.size()
                        + " applications without deadlines, e.g. " + offers.stream().limit(3).toList()
                        + applications.stream().limit(3).toList() + "; offer-service keeps " + deadlinesKeptByOfferService().size()
                        + " of the " + deadlinesCounted().size() + " deadlines deadline-service counted");
            }
            Thread.sleep(500);
        }
    }

    /** Each deadline deadline-service's view lists (id, kind, due date, status), as offer-service keeps them from imp.deadlines. */
    private static Set<String> deadlinesCounted() throws SQLException {
        return strings("deadlines", "SELECT deadline_id || ' ' || kind || ' ' || due_date || ' ' || status FROM deadline_view");
    }

    private static Set<String> deadlinesKeptByOfferService() throws SQLException {
        return strings("offers", "SELECT deadline_id || ' ' || kind || ' ' || due_date || ' ' || status FROM deadline");
    }

    /** Every store's relay and catch-up subscriptions (views, timer planning) have reached its last event. */
    private static boolean everySubscriptionCaughtUp() throws SQLException {
        for (String database : List.of("offers", "decisions", "deadlines")) {
            if (!strings(database, "SELECT name FROM checkpoints c"
                    + " WHERE EXISTS (SELECT 1 FROM events e WHERE (e.tx_id, e.global_position) > (c.tx_id, c.position))").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private void assertEveryDecisionTookEffectExactlyOnce(List<Registered> registered) throws Exception {
        Set<String> offers = registered.stream().map(Registered::offerNumber).collect(Collectors.toSet());
        Set<String> applications = registered.stream().map(Registered::applicationId).collect(Collectors.toSet());

        assertEquals(once(applications), counts("decisions",
                "SELECT data->>'applicationId', count(*) FROM events WHERE event_type = 'DecisionRendered' GROUP BY 1"),
                "decision-service recorded each decision once");
        assertEquals(once(offers), counts("offers",
                "SELECT stream_id, count(*) FROM events WHERE event_type = 'OfferInvalidated' GROUP BY 1"),
                "offer-service invalidated each offer once");
        assertEquals(once(offers), counts("offers",
                "SELECT stream_id, count(*) FROM events WHERE event_type = 'FeeRefundOwed' GROUP BY 1"),
                "offer-service owes each refund once");

        Map<String, Long> perKind = counts("deadlines", "SELECT data->>'applicationId' || ' ' || (data->>'kind'), count(*)"
                + " FROM events WHERE event_type = 'DeadlineScheduled' GROUP BY 1");
        assertEquals(Set.of(1L), Set.copyOf(perKind.values()), "each deadline of a decision scheduled once");
        Map<String, Long> setSizes = counts("deadlines", "SELECT data->>'applicationId', count(*)"
                + " FROM events WHERE event_type = 'DeadlineScheduled' GROUP BY 1");
        assertEquals(applications, setSizes.keySet(), "every refusal has its deadlines");
        assertEquals(1, Set.copyOf(setSizes.values()).size(), "every refusal has the same set of deadlines: " + setSizes.values());

        Map<String, Long> timersPerDeadline = counts("deadlines", "SELECT (e.data->>'kind') || ' ' || (e.data->>'deadlineId'),"
                + " count(t.timer) FROM events e LEFT JOIN deadline_timers t ON t.deadline_id = (e.data->>'deadlineId')::uuid"
                + " WHERE e.event_type = 'DeadlineScheduled' GROUP BY 1");
        Map<String, Set<Long>> planSizesByKind = new HashMap<>();
        timersPerDeadline.forEach((kindAndDeadline, timers) -> planSizesByKind
                .computeIfAbsent(kindAndDeadline.split(" ")[0], kind -> new HashSet<>()).add(timers));
        planSizesByKind.forEach((kind, sizes) -> assertEquals(1, sizes.size(),
                "every " + kind + " deadline has the same timer plan, sizes seen: " + sizes));
        assertTrue(planSizesByKind.values().stream().anyMatch(sizes -> !sizes.contains(0L)), "timers were planned");
        assertEquals(deadlinesCounted(), deadlinesKeptByOfferService(),
                "offer-service keeps every deadline once, as deadline-service counted it");
        System.out.printf("FAULTS each of %d decisions: 1 invalidation, 1 refund owed, %d deadlines, timer plans %s%n",
                applications.size(), setSizes.values().iterator().next(), planSizesByKind);
    }

    /** Every event a store holds is on its service's topic (the relay lost none); copies a crash re-sent are counted. */
    private void assertEveryStoredEventIsOnItsTopic() throws Exception {
        TopicClient kafka = new TopicClient(PRODUCT.stack().kafka().bootstrapServers());
        Map<String, String> topicOf = Map.of("offers", Topics.OFFERS, "decisions", Topics.DECISIONS, "deadlines", Topics.DEADLINES);
        for (var store : topicOf.entrySet()) {
            Set<String> stored = strings(store.getKey(), "SELECT event_id::text FROM events");
            List<ConsumerRecord<String, String>> records = kafka.readToEnd(store.getValue(), Duration.ofSeconds(30));
            Map<String, Long> copies = records.stream().map(r -> TopicClient.header(r, CloudEventHeaders.ID))
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            Set<String> missing = new HashSet<>(stored);
            missing.removeAll(copies.keySet());
            long resent = copies.values().stream().filter(n -> n > 1).count();
            System.out.printf("FAULTS %-9s store: %d events, all on %s: %s; %d published twice by a relay that crashed"
                    + " before its checkpoint (consumers apply each once)%n", store.getKey(), stored.size(), store.getValue(),
                    missing.isEmpty(), resent);
            assertEquals(Set.of(), missing, "events of the " + store.getKey() + " store missing from " + store.getValue());
        }
    }

    private void assertNothingParkedOrDeadLettered() throws Exception {
        for (String database : List.of("offers", "decisions", "deadlines")) {
            assertEquals(Set.of(), strings(database, "SELECT subscription || ': ' || reason FROM parked_events"),
                    "parked in " + database);
            assertEquals(Set.of(), strings(database, "SELECT consumer || ': ' || reason FROM dead_letters"),
                    "dead letters in " + database);
        }
    }

    private void assertReconcileFindsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = Reconcile.exitCode(new String[] {
                "--offer-service", PRODUCT.url("offer-service"), "--decision-service", PRODUCT.url("decision-service"),
                "--deadline-service", PRODUCT.url("deadline-service"), "--token", TestCallers.ops(), "--settle", "30"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String printed = out.toString(StandardCharsets.UTF_8);
        System.out.print("FAULTS deploy/reconcile: " + printed);
        assertEquals(0, exitCode, printed);
    }

    // ---- set-up: paid offers with registered applications ------------------------------------------------

    /** All offers are paid first, so that decision-service has learned of most by the time their applications come. */
    private List<Registered> registerApplications() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<String> offers = all(IntStream.range(0, DECISIONS)
                    .mapToObj(i -> clients.submit(() -> ExampleOffer.paidAt(PRODUCT.url("offer-service")))).toList());
            return all(offers.stream().map(offer -> clients.submit(() -> register(offer))).toList());
        } finally {
            clients.shutdown();
        }
    }

    private static <T> List<T> all(List<Future<T>> futures) throws Exception {
        List<T> done = new ArrayList<>();
        for (Future<T> future : futures) {
            done.add(future.get());
        }
        return done;
    }

    /** decision-service learns of a paid offer from offer-service's events within a moment; until then it refuses. */
    private Registered register(String offerNumber) throws Exception {
        String registration = """
                {"offerNumber": "%s", "applicantLocation": "INSIDE_CANADA", "submittedOn": "%s"}"""
                .formatted(offerNumber, DECIDED_ON);
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < giveUp) {
            HttpResponse<String> response = post(PRODUCT.url("decision-service"), "/applications", OFFICER, registration);
            if (response.statusCode() == 201) {
                JsonNode application = EventJson.mapper().readTree(response.body());
                return new Registered(offerNumber, application.get("applicationId").asText());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("decision-service never learned of offer " + offerNumber);
    }

    // ---- plumbing ----------------------------------------------------------------------------------------

    private HttpResponse<String> post(String service, String path, String token, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(service + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Long> once(Set<String> keys) {
        return keys.stream().collect(Collectors.toMap(key -> key, key -> 1L));
    }

    private static Set<String> strings(String database, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        query(database, sql, row -> values.add(row.getString(1)));
        return values;
    }

    private static Map<String, Long> counts(String database, String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        query(database, sql, row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }

    @FunctionalInterface
    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(String database, String sql, Row each) throws SQLException {
        var postgres = PRODUCT.stack().postgres();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
             Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                each.read(rows);
            }
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
