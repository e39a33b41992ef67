package ca.imp.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
 * The packaged offer-service killed (SIGKILL) at the two moments where a crash could apply or publish
 * a decision's effect twice: after the effect committed but before Kafka has the consumer's offset,
 * and after the relay published but before it saved its checkpoint. After a restart the store holds
 * one invalidation, and the topic carries it under one event id.
 */
class OfferServiceCrashEndToEndTest {
    private static final Duration WITHIN = Duration.ofMinutes(1);
    private static final String GROUP = "offer-service";
    private static final String RELAY = "kafka-relay";
    /** The advisory lock key a test-only trigger waits on before the relay's checkpoint moves. */
    private static final long HOLD_RELAY = 0x484F4C44L;
    /**
     * Passed as JVM options, which the messaging layer reads like its own configuration: a consumer
     * group session short enough that a restarted instance is not kept waiting by the dead one.
     */
    private static final String QUICK_REJOIN = "-Dmp.messaging.incoming.decisions.session.timeout.ms=6000"
            + " -Dmp.messaging.incoming.decisions.heartbeat.interval.ms=1000";
    /** Offsets committed once a minute instead of every 5 s: the crash window stays open while the test looks. */
    private static final String SLOW_OFFSET_COMMITS = QUICK_REJOIN + " -Dmp.messaging.incoming.decisions.auto.commit.interval.ms=60000";

    private static final Secrets SECRETS = Secrets.forTests();
    private static Path root;
    private static Path data;
    private static LocalStack stack;
    private static TopicClient kafka;
    private static Admin admin;

    @BeforeAll
    static void start() throws Exception {
        root = Path.of("").toAbsolutePath().getParent();
        data = Files.createTempDirectory("imp-crash");
        stack = LocalStack.start(data, 0, 0, List.of("offers"));
        kafka = new TopicClient(stack.kafka().bootstrapServers());
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        admin = Admin.create(config);
    }

    @AfterAll
    static void stop() {
        if (admin != null) {
            admin.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    private static ServiceProcess offerService(String instance, String jvmOptions) {
        LocalSystem.Service service = LocalSystem.SERVICES.stream().filter(s -> s.name().equals("offer-service"))
                .findFirst().orElseThrow();
        Map<String, String> config = new HashMap<>(stack.quarkusConfig("offers"));
        config.putAll(SECRETS.configOf(service));
        config.put("JAVA_TOOL_OPTIONS", jvmOptions);
        return ServiceProcess.start(service.name(), service.jar(root), FreePort.pick(), config,
                data.resolve("logs").resolve("offer-service-" + instance + ".log"));
    }

    @Test
    void a_decision_applied_but_not_yet_acknowledged_to_kafka_invalidates_once_after_a_crash() throws Exception {
        ServiceProcess crashing = offerService("before-offset-commit", SLOW_OFFSET_COMMITS);
        String offer;
        try {
            crashing.awaitReady(WITHIN);
            offer = ExampleOffer.paidAt(crashing.url().toString());
            refuse(offer);
            await().atMost(WITHIN).pollInterval(Duration.ofMillis(20)).until(() -> stored(offer, "OfferInvalidated") == 1);
            // published and checkpointed, so that only a second application could add a record on the topic
            awaitRelayPast(offer);
            assertTrue(uncommittedDecisions() > 0, "the decision's offset is still uncommitted when the service dies");
        } finally {
            crashing.kill();
        }
        long uncommitted = uncommittedDecisions();
        assertTrue(uncommitted > 0, "a dead consumer commits nothing");

        ServiceProcess restarted = offerService("after-offset-commit", QUICK_REJOIN);
        try {
            restarted.awaitReady(WITHIN);
            // it reads again from the committed offset, so the decision is delivered again before the offset moves
            await().atMost(WITHIN).until(() -> uncommittedDecisions() == 0);
            awaitRelayPast(offer);
        } finally {
            restarted.close();
        }
        System.out.printf("CRASH after the effect: %d decision(s) delivered again%n", uncommitted);
        assertEquals(1, stored(offer, "OfferInvalidated"), "one OfferInvalidated in the store");
        List<ConsumerRecord<String, String>> published = invalidationsOnTheTopic(offer);
        assertEquals(1, published.size(), "one OfferInvalidated record on the topic");
    }

    @Test
    void a_relay_killed_between_publishing_and_its_checkpoint_publishes_again_under_the_same_event_id() throws Exception {
        ServiceProcess crashing = offerService("before-checkpoint", QUICK_REJOIN);
        String offer;
        try (Connection holder = database(); Statement hold = holder.createStatement()) {
            try {
                crashing.awaitReady(WITHIN);
                offer = ExampleOffer.paidAt(crashing.url().toString());
                awaitRelayPast(offer);
                // Test-only: the relay's checkpoint update waits on a lock this test holds, after the batch is published.
                hold.execute("SELECT pg_advisory_lock(" + HOLD_RELAY + ")");
                hold.execute("CREATE FUNCTION hold_relay_checkpoint() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN PERFORM pg_advisory_xact_lock_shared(" + HOLD_RELAY + "); RETURN NEW; END $$");
                hold.execute("CREATE TRIGGER hold_relay_checkpoint BEFORE UPDATE ON checkpoints FOR EACH ROW"
                        + " WHEN (NEW.name = '" + RELAY + "') EXECUTE FUNCTION hold_relay_checkpoint()");
                refuse(offer);
                kafka.readUntil(Topics.OFFERS, records -> records.stream().anyMatch(r -> isInvalidationOf(r, offer)), WITHIN);
                assertEquals(1, number("SELECT count(*) FROM events e, checkpoints c WHERE c.name = '" + RELAY + "'"
                                + " AND e.stream_id = ? AND e.event_type = 'OfferInvalidated'"
                                + " AND (e.tx_id, e.global_position) > (c.tx_id, c.position)", offer),
                        "published, checkpoint not yet saved");
            } finally {
                crashing.kill();
            }
            // Released first: the dead relay's transaction goes on to its update, finds its client gone and rolls back,
            // and only then lets the trigger be dropped.
            hold.execute("SELECT pg_advisory_unlock(" + HOLD_RELAY + ")");
            hold.execute("DROP TRIGGER hold_relay_checkpoint ON checkpoints");
            hold.execute("DROP FUNCTION hold_relay_checkpoint()");
        }

        ServiceProcess restarted = offerService("after-checkpoint", QUICK_REJOIN);
        try {
            restarted.awaitReady(WITHIN);
            awaitRelayPast(offer);
        } finally {
            restarted.close();
        }
        assertEquals(1, stored(offer, "OfferInvalidated"), "one OfferInvalidated in the store");
        List<ConsumerRecord<String, String>> published = invalidationsOnTheTopic(offer);
        assertEquals(2, published.size(), "the batch the dead relay had not checkpointed is published again");
        assertEquals(1, published.stream().map(r -> TopicClient.header(r, CloudEventHeaders.ID)).collect(Collectors.toSet()).size(),
                "under the event id it had the first time, which consumers deduplicate on");
    }

    private static void refuse(String offer) throws Exception {
        UUID eventId = UUID.randomUUID();
        kafka.send(Topics.DECISIONS, offer, EventJson.mapper().writeValueAsString(new DecisionRendered(offer + "-1", offer,
                        DecisionOutcome.REFUSED, LocalDate.parse("2026-06-16"), LocalDate.parse("2026-06-16"),
                        ApplicantLocation.INSIDE_CANADA, List.of("NOT_TEMPORARY"), true)),
                new EventEnvelope(eventId, "DecisionRendered", "/decision-service", offer, Instant.now(), 1, eventId, null));
    }

    private static boolean isInvalidationOf(ConsumerRecord<String, String> record, String offer) {
        return offer.equals(record.key()) && "OfferInvalidated".equals(TopicClient.eventType(record));
    }

    /** Raw, up to a marker: a record published twice counts twice. */
    private static List<ConsumerRecord<String, String>> invalidationsOnTheTopic(String offer) {
        return kafka.readToMarker(Topics.OFFERS, offer, WITHIN).stream().filter(r -> isInvalidationOf(r, offer)).toList();
    }

    private static void awaitRelayPast(String offer) throws SQLException {
        await().atMost(WITHIN).until(() -> number("SELECT count(*) FROM events e, checkpoints c WHERE c.name = '" + RELAY + "'"
                + " AND e.stream_id = ? AND (e.tx_id, e.global_position) > (c.tx_id, c.position)", offer) == 0);
    }

    /** Records on the decisions topic past offer-service's committed offsets. */
    private static long uncommittedDecisions() throws Exception {
        List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.DECISIONS)).allTopicNames().get()
                .get(Topics.DECISIONS).partitions().stream().map(p -> new TopicPartition(Topics.DECISIONS, p.partition())).toList();
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get()
                .forEach((partition, end) -> ends.put(partition, end.offset()));
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
        long behind = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata at = committed.get(partition);
            behind += ends.get(partition) - (at == null ? 0 : at.offset());
        }
        return behind;
    }

    private static Connection database() throws SQLException {
        var postgres = stack.postgres();
        return DriverManager.getConnection(postgres.jdbcUrl("offers"), postgres.username(), postgres.password());
    }

    private static long stored(String offer, String type) throws SQLException {
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement("SELECT count(*) FROM events WHERE stream_id = ? AND event_type = ?")) {
            query.setString(1, offer);
            query.setString(2, type);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long number(String sql, String parameter) throws SQLException {
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }
}
