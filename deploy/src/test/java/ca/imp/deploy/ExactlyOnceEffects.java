package ca.imp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import ca.imp.accesstesting.TestCallers;
import ca.imp.contract.Topics;
import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.embedded.TopicClient;

/**
 * What must hold once a burst of refusals has settled, whatever struck the packaged product during it (crashes,
 * restarts, an instance gone for good): every decision took effect exactly once everywhere (one invalidation and one
 * refund owed in offer-service, one set of deadlines with one timer plan in deadline-service, each kept by offer-service
 * as deadline-service counted it), every stored event is on its service's topic, nothing is parked or dead-lettered,
 * and {@code deploy/reconcile} finds nothing. The suites that strike the product share these checks; each prints its
 * figures under its own label.
 */
final class ExactlyOnceEffects {
    private static final Duration WITHIN = Duration.ofMinutes(3);
    private static final List<String> DATABASES = List.of("offers", "decisions", "deadlines");
    private static final Map<String, String> TOPIC_OF = Map.of(
            "offers", Topics.OFFERS, "decisions", Topics.DECISIONS, "deadlines", Topics.DEADLINES);

    /** A paid offer and the application registered for it, which the burst refuses. */
    record Registered(String offerNumber, String applicationId) {
    }

    private final PackagedProduct product;
    private final String label;

    /** @param label what the printed figures' lines start with, e.g. {@code FAULTS} */
    ExactlyOnceEffects(PackagedProduct product, String label) {
        this.product = product;
        this.label = label;
    }

    /** Waits until every decision reached offer-service and deadline-service, and every store's subscriptions caught up. */
    void awaitEveryEffect(List<Registered> registered) throws Exception {
        long giveUp = System.nanoTime() + WITHIN.toNanos();
        Set<String> offers = registered.stream().map(Registered::offerNumber).collect(Collectors.toSet());
        Set<String> applications = registered.stream().map(Registered::applicationId).collect(Collectors.toSet());
        while (true) {
            Set<String> invalidated = invalidatedOffers();
            Set<String> scheduled = applicationsWithDeadlines();
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

    /** The offers offer-service has invalidated so far. */
    Set<String> invalidatedOffers() throws SQLException {
        return strings("offers", "SELECT stream_id FROM events WHERE event_type = 'OfferInvalidated'");
    }

    /** The applications deadline-service has scheduled deadlines for so far. */
    Set<String> applicationsWithDeadlines() throws SQLException {
        return strings("deadlines", "SELECT DISTINCT data->>'applicationId' FROM events WHERE event_type = 'DeadlineScheduled'");
    }

    /** Each deadline deadline-service's view lists (id, kind, due date, status), as offer-service keeps them from imp.deadlines. */
    private Set<String> deadlinesCounted() throws SQLException {
        return strings("deadlines", "SELECT deadline_id || ' ' || kind || ' ' || due_date || ' ' || status FROM deadline_view");
    }

    private Set<String> deadlinesKeptByOfferService() throws SQLException {
        return strings("offers", "SELECT deadline_id || ' ' || kind || ' ' || due_date || ' ' || status FROM deadline");
    }

    /** Every store's relay and catch-up subscriptions (views, timer planning) have reached its last event. */
    private boolean everySubscriptionCaughtUp() throws SQLException {
        for (String database : DATABASES) {
            if (!strings(database, "SELECT name FROM checkpoints c"
                    + " WHERE EXISTS (SELECT 1 FROM events e WHERE (e.tx_id, e.global_position) > (c.tx_id, c.position))").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    void assertEveryDecisionTookEffectExactlyOnce(List<Registered> registered) throws Exception {
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
        System.out.printf("%s each of %d decisions: 1 invalidation, 1 refund owed, %d deadlines, timer plans %s%n", label,
                applications.size(), setSizes.values().iterator().next(), planSizesByKind);
    }

    /** Every event a store holds is on its service's topic (the relay lost none); copies a crash re-sent are counted. */
    void assertEveryStoredEventIsOnItsTopic() throws Exception {
        for (String database : DATABASES) {
            Set<String> stored = strings(database, "SELECT event_id::text FROM events");
            Map<String, Long> copies = recordsOf(database).stream().map(r -> TopicClient.header(r, CloudEventHeaders.ID))
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            Set<String> missing = new HashSet<>(stored);
            missing.removeAll(copies.keySet());
            long resent = copies.values().stream().filter(n -> n > 1).count();
            System.out.printf("%s %-9s store: %d events, all on %s: %s; %d published twice by a relay that crashed"
                    + " before its checkpoint (consumers apply each once)%n", label, database, stored.size(), TOPIC_OF.get(database),
                    missing.isEmpty(), resent);
            assertEquals(Set.of(), missing, "events of the " + database + " store missing from " + TOPIC_OF.get(database));
        }
    }

    /**
     * Each stream's events reached its topic in the order they were stored, none left out before a later one: the first
     * copy of each event on the stream's key, in topic order, is the stream as stored. A copy a relay re-sent after a
     * crash comes after its first and is not counted; a second relay publishing at the same time would interleave
     * streams out of order.
     */
    void assertEveryStreamIsOnItsTopicInStoredOrder() throws Exception {
        for (String database : DATABASES) {
            Map<String, List<String>> stored = new HashMap<>();
            query(database, "SELECT stream_id, event_id::text FROM events ORDER BY stream_id, stream_version",
                    row -> stored.computeIfAbsent(row.getString(1), stream -> new ArrayList<>()).add(row.getString(2)));
            Map<String, Set<String>> published = new LinkedHashMap<>();
            for (ConsumerRecord<String, String> record : recordsOf(database)) {
                published.computeIfAbsent(record.key(), stream -> new LinkedHashSet<>())
                        .add(TopicClient.header(record, CloudEventHeaders.ID));
            }
            List<String> outOfOrder = stored.entrySet().stream()
                    .filter(stream -> !stream.getValue().equals(List.copyOf(published.getOrDefault(stream.getKey(), Set.of()))))
                    .map(Map.Entry::getKey).sorted().toList();
            System.out.printf("%s %-9s store: %d streams, each on %s in stored order without gaps: %s%n", label, database,
                    stored.size(), TOPIC_OF.get(database), outOfOrder.isEmpty());
            assertEquals(List.of(), outOfOrder, "streams of the " + database + " store out of order or with gaps on its topic");
        }
    }

    private List<ConsumerRecord<String, String>> recordsOf(String database) {
        return new TopicClient(product.stack().kafka().bootstrapServers()).readToEnd(TOPIC_OF.get(database), Duration.ofSeconds(30));
    }

    void assertNothingParkedOrDeadLettered() throws Exception {
        for (String database : DATABASES) {
            assertEquals(Set.of(), strings(database, "SELECT subscription || ': ' || reason FROM parked_events"),
                    "parked in " + database);
            assertEquals(Set.of(), strings(database, "SELECT consumer || ': ' || reason FROM dead_letters"),
                    "dead letters in " + database);
        }
    }

    /** {@code deploy/reconcile} against the services' (first) instances finds nothing to report. */
    void assertReconcileFindsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = Reconcile.exitCode(new String[] {
                "--offer-service", product.url("offer-service"), "--decision-service", product.url("decision-service"),
                "--deadline-service", product.url("deadline-service"), "--token", TestCallers.ops(), "--settle", "30"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String printed = out.toString(StandardCharsets.UTF_8);
        System.out.print(label + " deploy/reconcile: " + printed);
        assertEquals(0, exitCode, printed);
    }

    private static Map<String, Long> once(Set<String> keys) {
        return keys.stream().collect(Collectors.toMap(key -> key, key -> 1L));
    }

    Set<String> strings(String database, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        query(database, sql, row -> values.add(row.getString(1)));
        return values;
    }

    private Map<String, Long> counts(String database, String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        query(database, sql, row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }

    @FunctionalInterface
    interface Row {
        void read(ResultSet row) throws SQLException;
    }

    void query(String database, String sql, Row each) throws SQLException {
        try (Connection db = connect(database); Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            while (rows.next()) {
                each.read(rows);
            }
        }
    }

    /** A connection to a service's database, as the test's own client (not as any instance of the service). */
    Connection connect(String database) throws SQLException {
        var postgres = product.stack().postgres();
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }
}
