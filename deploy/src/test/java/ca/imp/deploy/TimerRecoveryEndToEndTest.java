package ca.imp.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ca.imp.contract.EventJson;
import ca.imp.contract.Topics;
import ca.imp.contract.decision.ApplicantLocation;
import ca.imp.contract.decision.DecisionOutcome;
import ca.imp.contract.decision.DecisionRendered;
import ca.imp.contract.envelope.CloudEventHeaders;
import ca.imp.contract.envelope.EventEnvelope;
import ca.imp.embedded.FreePort;
import ca.imp.embedded.LocalStack;
import ca.imp.embedded.TopicClient;

/**
 * Durable timers through crashes: the packaged deadline-service is killed (SIGKILL) while timers
 * are due and restarted later, as two instances at once, with its clock put at chosen dates. Every
 * timer fires exactly once, including those that fell due while nothing ran.
 */
class TimerRecoveryEndToEndTest {
    private static final Duration WITHIN = Duration.ofMinutes(2);
    private static final int DECISIONS = 60;
    /** When the decisions are recorded: Monday 2 March 2026, noon in Toronto. Nothing is due yet. */
    private static final Instant DECIDED = Instant.parse("2026-03-02T17:00:00Z");
    /** After the judicial review deadlines (due in mid-March) have passed, before the later ones. */
    private static final Instant JUDICIAL_REVIEW_PASSED = Instant.parse("2026-03-25T12:00:00Z");
    /** After everything but the multi-year deadlines. */
    private static final Instant MONTHS_LATER = Instant.parse("2026-09-01T12:00:00Z");

    private static final Secrets SECRETS = Secrets.forTests();
    private static Path root;
    private static Path data;
    private static LocalStack stack;
    private static TopicClient kafka;

    @BeforeAll
    static void start() throws Exception {
        root = Path.of("").toAbsolutePath().getParent();
        data = Files.createTempDirectory("imp-timers");
        stack = LocalStack.start(data, 0, 0, List.of("deadlines"));
        kafka = new TopicClient(stack.kafka().bootstrapServers());
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private static ServiceProcess deadlineService(String instance, Instant clock) {
        LocalSystem.Service service = LocalSystem.SERVICES.stream().filter(s -> s.name().equals("deadline-service"))
                .findFirst().orElseThrow();
        Map<String, String> config = new HashMap<>(stack.quarkusConfig("deadlines"));
        config.putAll(SECRETS.configOf(service));
        config.put("imp.clock.start", clock.toString());
        // Two of these instances run at once: each needs its own identity in the consumer group.
        config.put("imp.instance-id", "deadline-service-" + instance);
        return ServiceProcess.start(service.name(), service.jar(root), FreePort.pick(), config,
                data.resolve("logs").resolve("deadline-service-" + instance + ".log"));
    }

    @Test
    void every_timer_fires_exactly_once_through_a_crash_an_outage_and_two_instances() throws Exception {
        ServiceProcess planning = deadlineService("planning", DECIDED);
        planning.awaitReady(WITHIN);
        for (int i = 0; i < DECISIONS; i++) {
            refuse("A%07d".formatted(3_000_000 + i));
        }
        await().atMost(WITHIN).until(() -> number("SELECT count(DISTINCT stream_id) FROM events"
                + " WHERE event_type = 'DeadlineScheduled'") == DECISIONS
                && number("SELECT count(*) FROM events e, checkpoints c WHERE c.name = 'deadline-timers'"
                        + " AND (e.tx_id, e.global_position) > (c.tx_id, c.position)") == 0);
        planning.kill();
        long planned = number("SELECT count(*) FROM deadline_timers");

        ServiceProcess crashing = deadlineService("crashing", JUDICIAL_REVIEW_PASSED);
        crashing.awaitReady(WITHIN);
        // kill it mid-backlog: some due timers fired, most not yet
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(5)).until(() -> number(FIRED) >= 40);
        crashing.kill();
        long firedBeforeTheCrash = number(FIRED);
        long dueAtTheCrash = number("SELECT count(*) FROM deadline_timers WHERE fire_at <= '" + JUDICIAL_REVIEW_PASSED + "'");
        System.out.printf("TIMERS planned %d; killed with %d of %d due timers fired%n", planned, firedBeforeTheCrash, dueAtTheCrash);
        assertTrue(firedBeforeTheCrash < dueAtTheCrash, "killed mid-backlog: " + firedBeforeTheCrash + " of " + dueAtTheCrash + " fired");

        ServiceProcess first = deadlineService("first", MONTHS_LATER);
        ServiceProcess second = deadlineService("second", MONTHS_LATER);
        try {
            first.awaitReady(WITHIN);
            second.awaitReady(WITHIN);
            await().atMost(WITHIN).until(() -> number("SELECT count(*) FROM deadline_timers WHERE state = 'PENDING'"
                    + " AND fire_at <= '" + MONTHS_LATER + "'") == 0);
        } finally {
            first.close();
            second.close();
        }

        long fired = number(FIRED);
        assertTrue(fired > dueAtTheCrash, "timers that fell due during the outage fired too");
        assertEquals(number("SELECT count(*) FROM deadline_timers WHERE fire_at <= '" + MONTHS_LATER + "'"), fired,
                "every due timer ended fired");
        assertEquals(0, number("SELECT count(*) FROM (SELECT data->>'deadlineId', event_type, data->>'daysBefore' FROM events"
                + " WHERE event_type IN ('DeadlineReminderDue', 'DeadlineElapsed') GROUP BY 1, 2, 3 HAVING count(*) > 1) twice"),
                "no timer recorded its event twice");
        assertEquals(fired, number("SELECT count(*) FROM events WHERE event_type IN ('DeadlineReminderDue', 'DeadlineElapsed')"),
                "one event per fired timer");
        await().atMost(WITHIN).until(() -> number("SELECT count(*) FROM events e, checkpoints c WHERE c.name = 'kafka-relay'"
                + " AND (e.tx_id, e.global_position) > (c.tx_id, c.position)") == 0);
        List<ConsumerRecord<String, String>> published = timerRecords(kafka.readToEnd(Topics.DEADLINES, WITHIN));
        Map<String, Set<String>> byTimer = byTimer(published);
        byTimer.forEach((timer, ids) -> assertEquals(1, ids.size(), timer + " published under " + ids));
        assertEquals(fired, byTimer.size(), "each fired timer published, each under one event id");
        // A relay killed between publishing and saving its checkpoint publishes its batch again, under the same ids.
        System.out.printf("TIMERS %d fired, %d records on the topic%n", fired, published.size());
    }

    private static final String FIRED = "SELECT count(*) FROM deadline_timers WHERE state = 'FIRED'";

    private static void refuse(String offer) throws Exception {
        UUID eventId = UUID.randomUUID();
        kafka.send(Topics.DECISIONS, offer, EventJson.mapper().writeValueAsString(new DecisionRendered(offer + "-1", offer,
                        DecisionOutcome.REFUSED, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-02"),
                        ApplicantLocation.INSIDE_CANADA, List.of("NOT_TEMPORARY"), true)),
                new EventEnvelope(eventId, "DecisionRendered", "/decision-service", offer, Instant.now(), 1, eventId, null));
    }

    private static List<ConsumerRecord<String, String>> timerRecords(List<ConsumerRecord<String, String>> records) {
        return records.stream()
                .filter(r -> List.of("DeadlineReminderDue", "DeadlineElapsed").contains(TopicClient.eventType(r)))
                .toList();
    }

    /** Reminder and elapse records by timer, each with the set of event ids it was published under. */
    private static Map<String, Set<String>> byTimer(List<ConsumerRecord<String, String>> records) {
        return records.stream().collect(Collectors.groupingBy(TimerRecoveryEndToEndTest::timerOf,
                Collectors.mapping(r -> TopicClient.header(r, CloudEventHeaders.ID), Collectors.toSet())));
    }

    private static String timerOf(ConsumerRecord<String, String> record) {
        try {
            JsonNode event = EventJson.mapper().readTree(record.value());
            return event.get("deadlineId").asText() + "/" + (event.has("daysBefore") ? event.get("daysBefore").asText() : "elapse");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long number(String sql) throws SQLException {
        var postgres = stack.postgres();
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("deadlines"), postgres.username(), postgres.password());
             Statement query = db.createStatement(); ResultSet result = query.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }
}
