package ca.imp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ca.imp.deploy.ExactlyOnceEffects.Registered;

/**
 * The scale-out run: two instances of each packaged service (the second started beside the first: same jar, same
 * database, its own port, log and {@code imp.instance-id}) on one Kafka and one PostgreSQL, a burst of refusals sent to
 * the two decision-service instances in turn (offers paid and applications registered through both instances too), and
 * mid-burst the second instance of each service killed outright (SIGKILL) and not restarted, so that the survivors carry
 * the rest alone; a sender whose call fails sends it to the other instance, as a load balancer would. Restarting the
 * killed instances is {@link FaultSuiteTest}'s case (a static member coming back under its id); here what is shown is
 * the survivor taking over what the dead one held. Afterwards:
 * <ul>
 * <li>every decision took effect exactly once everywhere ({@link ExactlyOnceEffects}, as after the fault suite);</li>
 * <li>the partitions were shared: before the kill, in every consumer group of every service, each topic's partitions
 * were assigned to members of both instances (told apart by their {@code group.instance.id},
 * {@code <imp.instance-id>-<channel>}); after it, the survivor holds all of them. The dead instance keeps its partitions
 * until its session times out: static membership waits {@code session.timeout.ms} (the services' 15 s, left as in
 * production) before the group rebalances, which is most of the printed take-over time;</li>
 * <li>the relay was active on one instance at a time. The relay's rounds each take a transaction-level advisory lock on
 * its checkpoint ({@code pg_try_advisory_xact_lock(hashtext('checkpoints'), hashtext('kafka-relay'))}), and every
 * instance names its connections after its instance id ({@code application_name}). A watcher samples {@code pg_locks}
 * every 20 ms during the burst: in each database never more than one holder, both instances among the holders before
 * the kill (so it is the lock, not one instance being idle, that keeps them apart), only the survivor after it; and
 * on each topic every stream's events are in the order they were stored, none missing before a later one, which two
 * relays publishing the same events at once would break;</li>
 * <li>nothing parked or dead-lettered, and {@code deploy/reconcile} finds nothing.</li>
 * </ul>
 * Printed: decisions per second, each service's take-over time, the partitions per instance before and after.
 */
class ScaleOutTest {
    private static final int DECISIONS = 240;
    private static final int DECISIONS_PER_SECOND = 12;
    private static final int SENDERS = 4;
    /** The second instances die once this many decisions were accepted. */
    private static final int KILL_AFTER = 80;
    private static final Duration WITHIN = Duration.ofMinutes(2);
    /** Six services starting at once on two cores: the second three start while the first three settle. */
    private static final Duration STARTED_WITHIN = Duration.ofMinutes(4);
    private static final Duration SAMPLE_EVERY = Duration.ofMillis(20);
    private static final List<String> SERVICES = LocalSystem.SERVICES.stream().map(LocalSystem.Service::name).toList();

    @RegisterExtension
    static final PackagedProduct PRODUCT = new PackagedProduct("scale-out");
    private static final ExactlyOnceEffects EFFECTS = new ExactlyOnceEffects(PRODUCT, "SCALE");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The instance {@link PackagedProduct#startInstances} adds beside a service's first: its name and {@code imp.instance-id}. */
    private static String second(String service) {
        return service + "-2";
    }

    @Test
    void two_instances_share_the_partitions_relay_one_at_a_time_and_every_decision_takes_effect_once_when_one_of_each_dies()
            throws Exception {
        long starting = System.nanoTime();
        PRODUCT.startInstances(SERVICES.stream().collect(Collectors.toMap(s -> s, ScaleOutTest::second)), STARTED_WITHIN);
        System.out.printf("SCALE second instance of each service ready in %.1f s%n", seconds(System.nanoTime() - starting));

        long preparing = System.nanoTime();
        List<Registered> registered = RegisteredApplications.prepare(DECISIONS, bothInstancesOf("offer-service"),
                bothInstancesOf("decision-service"));
        System.out.printf("SCALE prepared %d paid offers with registered applications through both instances in %.1f s%n",
                registered.size(), seconds(System.nanoTime() - preparing));

        try (Admin kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                PRODUCT.stack().kafka().bootstrapServers()))) {
            Map<String, Map<String, Integer>> shared = awaitPartitionsSharedByBothInstances(kafka);
            System.out.println("SCALE partitions per instance before the kill: " + shared);

            RelayWatch relay = new RelayWatch();
            relay.start();
            DecisionBurst burst = new DecisionBurst(http, bothInstancesOf("decision-service"),
                    registered.stream().map(Registered::applicationId).toList(), SENDERS, DECISIONS_PER_SECOND, WITHIN,
                    Duration.ZERO);
            burst.start();
            burst.awaitAnswered(KILL_AFTER);
            relay.killing();
            long killed = System.nanoTime();
            SERVICES.forEach(service -> PRODUCT.kill(second(service)));
            relay.killed();
            Map<String, Double> takeOver = awaitSurvivorsHoldingEveryPartition(kafka, killed);
            takeOver.forEach((service, secondsAfter) -> System.out.printf(
                    "SCALE %-16s survivor holds every partition %5.1f s after the kill%n", service, secondsAfter));
            System.out.println("SCALE partitions per instance after the kill: " + partitionsPerInstance(kafka));
            burst.finish();
            System.out.printf("SCALE %d decisions accepted in %.1f s (%.1f decisions/s, paced at %d/s), %s, %d sends retried"
                            + " on the other instance%n", DECISIONS, burst.seconds(), DECISIONS / burst.seconds(),
                    DECISIONS_PER_SECOND, acceptedPerInstance(burst), burst.retries());

            EFFECTS.awaitEveryEffect(registered);
            System.out.printf("SCALE every effect in place %.1f s after the last decision was accepted%n",
                    seconds(System.nanoTime() - burst.finishedAt()));
            relay.stop();
            relay.assertOneHolderAtATimeFromBothInstancesThenTheSurvivor();
        }
        EFFECTS.assertEveryDecisionTookEffectExactlyOnce(registered);
        EFFECTS.assertEveryStoredEventIsOnItsTopic();
        EFFECTS.assertEveryStreamIsOnItsTopicInStoredOrder();
        EFFECTS.assertNothingParkedOrDeadLettered();
        EFFECTS.assertReconcileFindsNothing();
        System.out.printf("SCALE whole run %.1f s%n", seconds(System.nanoTime() - starting));
    }

    private static List<String> bothInstancesOf(String service) {
        return List.of(PRODUCT.url(service), PRODUCT.url(second(service)));
    }

    // ---- partitions ---------------------------------------------------------------------------------------

    /** The service a consumer group belongs to: each group is named after its service (offer-service-reminders too). */
    private static String serviceOf(String group) {
        return SERVICES.stream().filter(group::startsWith).findFirst().orElse(null);
    }

    /** Which instance a member is: the second's static member ids start with its instance id, the first's with its own. */
    private static String instanceOf(String service, MemberDescription member) {
        return member.groupInstanceId().orElse("").startsWith(second(service) + "-") ? second(service) : service;
    }

    /** Each service's consumer groups, described. */
    private static Map<String, ConsumerGroupDescription> groups(Admin kafka) throws Exception {
        List<String> names = kafka.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId)
                .filter(group -> serviceOf(group) != null).sorted().toList();
        return new TreeMap<>(kafka.describeConsumerGroups(names).all().get());
    }

    /** By group and topic, how many partitions each instance holds, e.g. {@code offer-service imp.decisions={offer-service=2, offer-service-2=1}}. */
    private static Map<String, Map<String, Integer>> partitionsPerInstance(Admin kafka) throws Exception {
        Map<String, Map<String, Integer>> held = new TreeMap<>();
        for (ConsumerGroupDescription group : groups(kafka).values()) {
            String service = serviceOf(group.groupId());
            for (MemberDescription member : group.members()) {
                for (TopicPartition partition : member.assignment().topicPartitions()) {
                    held.computeIfAbsent(group.groupId() + " " + partition.topic(), g -> new TreeMap<>())
                            .merge(instanceOf(service, member), 1, Integer::sum);
                }
            }
        }
        return held;
    }

    private static Map<String, Map<String, Integer>> awaitPartitionsSharedByBothInstances(Admin kafka) throws Exception {
        long giveUp = System.nanoTime() + WITHIN.toNanos();
        while (true) {
            Map<String, Map<String, Integer>> held = partitionsPerInstance(kafka);
            Set<String> groupsSeen = held.keySet().stream().map(g -> g.split(" ")[0]).collect(Collectors.toSet());
            boolean shared = groupsSeen.size() == groups(kafka).size() && groupsSeen.stream().map(ScaleOutTest::serviceOf)
                    .collect(Collectors.toSet()).containsAll(SERVICES)
                    && held.entrySet().stream().allMatch(groupTopic -> groupTopic.getValue().keySet().equals(
                    Set.of(serviceOf(groupTopic.getKey()), second(serviceOf(groupTopic.getKey())))));
            if (shared) {
                return held;
            }
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("each consumer group's partitions were not shared by both instances: " + held);
            }
            Thread.sleep(250);
        }
    }

    /** For each service, how many seconds after the kill its survivor was the only member of its groups, holding every partition. */
    private static Map<String, Double> awaitSurvivorsHoldingEveryPartition(Admin kafka, long killed) throws Exception {
        Map<String, Integer> partitionsOf = new HashMap<>();
        partitionsPerInstance(kafka).forEach((groupTopic, held) -> partitionsOf.put(groupTopic,
                held.values().stream().mapToInt(Integer::intValue).sum()));
        Map<String, Double> tookOver = new LinkedHashMap<>();
        long giveUp = killed + WITHIN.toNanos();
        while (tookOver.size() < SERVICES.size()) {
            Map<String, ConsumerGroupDescription> groups = groups(kafka);
            Map<String, Map<String, Integer>> held = partitionsPerInstance(kafka);
            for (String service : SERVICES) {
                boolean survivorAlone = !tookOver.containsKey(service)
                        && groups.values().stream().filter(g -> service.equals(serviceOf(g.groupId())))
                                .flatMap(g -> g.members().stream()).allMatch(m -> instanceOf(service, m).equals(service))
                        && partitionsOf.keySet().stream().filter(groupTopic -> service.equals(serviceOf(groupTopic)))
                                .allMatch(groupTopic -> Map.of(service, partitionsOf.get(groupTopic)).equals(held.get(groupTopic)));
                if (survivorAlone) {
                    tookOver.put(service, seconds(System.nanoTime() - killed));
                }
            }
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("the survivors did not take every partition over: " + held);
            }
            Thread.sleep(100);
        }
        return tookOver;
    }

    // ---- the relay ----------------------------------------------------------------------------------------

    /**
     * Samples which connections hold the relay's advisory lock in each service's database, by the holder's
     * {@code application_name} (its instance id).
     */
    private static final class RelayWatch {
        /** The relay's checkpoint (event-store's {@code OutboxRelay.CHECKPOINT}), whose name keys its lock. */
        private static final String RELAY = "kafka-relay";
        private static final String HOLDERS = "SELECT d.datname, a.application_name FROM pg_locks l"
                + " JOIN pg_database d ON d.oid = l.database JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2"
                + " AND l.classid::bigint = (hashtext('checkpoints')::bigint & 4294967295)"
                + " AND l.objid::bigint = (hashtext('" + RELAY + "')::bigint & 4294967295)";
        private final ExecutorService sampler = Executors.newSingleThreadExecutor();
        private final Map<String, Set<String>> beforeTheKill = new ConcurrentHashMap<>();
        private final Map<String, Set<String>> afterTheKill = new ConcurrentHashMap<>();
        private final Map<String, Integer> mostAtOnce = new ConcurrentHashMap<>();
        private final AtomicInteger samples = new AtomicInteger();
        private final AtomicInteger samplesWithAHolder = new AtomicInteger();
        private volatile boolean running = true;
        /** Not killed yet; never added to, since adding to it would overflow into the past. */
        private static final long NOT_YET = Long.MAX_VALUE;
        private volatile long killing = NOT_YET;
        private volatile long killed = NOT_YET;
        private Future<?> sampling;

        void start() {
            sampling = sampler.submit(() -> {
                try (Connection db = EFFECTS.connect("offers"); PreparedStatement holders = db.prepareStatement(HOLDERS)) {
                    while (running) {
                        sample(holders);
                        Thread.sleep(SAMPLE_EVERY.toMillis());
                    }
                }
                return null;
            });
        }

        private void sample(PreparedStatement holders) throws SQLException {
            long at = System.nanoTime();
            Map<String, List<String>> byDatabase = new HashMap<>();
            try (ResultSet rows = holders.executeQuery()) {
                while (rows.next()) {
                    byDatabase.computeIfAbsent(rows.getString(1), d -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            samples.incrementAndGet();
            if (!byDatabase.isEmpty()) {
                samplesWithAHolder.incrementAndGet();
            }
            // A killed instance's backend ends its transaction, and so its lock, once PostgreSQL sees the connection
            // closed; samples taken while the instances are being killed count neither before nor after.
            long deathsDone = killed;
            boolean settledAfterTheKill = deathsDone != NOT_YET && at - deathsDone > Duration.ofSeconds(1).toNanos();
            byDatabase.forEach((database, holding) -> {
                mostAtOnce.merge(database, holding.size(), Math::max);
                if (at < killing) {
                    beforeTheKill.computeIfAbsent(database, d -> ConcurrentHashMap.newKeySet()).addAll(holding);
                } else if (settledAfterTheKill) {
                    afterTheKill.computeIfAbsent(database, d -> ConcurrentHashMap.newKeySet()).addAll(holding);
                }
            });
        }

        void killing() {
            killing = System.nanoTime();
        }

        void killed() {
            killed = System.nanoTime();
        }

        void stop() throws Exception {
            running = false;
            sampling.get();
            sampler.shutdown();
        }

        void assertOneHolderAtATimeFromBothInstancesThenTheSurvivor() {
            System.out.printf("SCALE relay lock sampled %d times every %d ms, held in %d samples; most holders at once by"
                            + " database %s; holders before the kill %s, after it %s%n", samples.get(), SAMPLE_EVERY.toMillis(),
                    samplesWithAHolder.get(), new TreeMap<>(mostAtOnce), new TreeMap<>(beforeTheKill), new TreeMap<>(afterTheKill));
            mostAtOnce.forEach((database, most) -> assertEquals(1, most, "relays holding the lock at once in " + database));
            Map<String, String> serviceOf = Map.of("offers", "offer-service", "decisions", "decision-service",
                    "deadlines", "deadline-service");
            serviceOf.forEach((database, service) -> {
                Set<String> instances = new HashSet<>();
                beforeTheKill.getOrDefault(database, Set.of()).forEach(holder -> instances.add(
                        holder.equals(second(service)) ? second(service) : service));
                assertEquals(Set.of(service, second(service)), instances,
                        "both instances of " + service + " relayed before the kill: " + beforeTheKill.get(database));
                assertTrue(afterTheKill.getOrDefault(database, Set.of()).stream().noneMatch(second(service)::equals),
                        "only the survivor of " + service + " relays after the kill: " + afterTheKill.get(database));
            });
        }
    }

    /** How many decisions each decision-service instance accepted, by instance name. */
    private static Map<String, Long> acceptedPerInstance(DecisionBurst burst) {
        Map<String, String> nameOf = Map.of(PRODUCT.url("decision-service"), "decision-service",
                PRODUCT.url(second("decision-service")), second("decision-service"));
        return new TreeMap<>(burst.acceptedBy().values().stream().collect(Collectors.groupingBy(nameOf::get, Collectors.counting())));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
