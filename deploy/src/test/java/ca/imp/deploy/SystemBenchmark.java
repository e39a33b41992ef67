package ca.imp.deploy;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import ca.imp.accesstesting.TestCallers;
import ca.imp.embedded.EmbeddedPostgresServer;

/**
 * Prints what the whole system does on this machine, with the packaged services as separate
 * processes, each product figure beside a baseline measured in the same run on the same servers:
 * {@code POST /offers} per second at 1, 16 and 64 clients against PostgreSQL's own insert rate for
 * the event row shape at 16 clients; how long after a decision is recorded the offer shows as
 * refused and its judicial review deadline is listed, against Kafka's own produce -> consume
 * latency; how a burst of decisions drains; each service's resident memory. Every phase is
 * warmed up before it is timed. Writes the latency distributions to
 * {@code target/benchmark-latency.svg}. Asserts nothing; run with
 * {@code ./mvnw -Pbenchmarks -pl deploy -am verify -Dtest=SystemBenchmark}; {@code -Dbenchmark.decisions}
 * and {@code -Dbenchmark.burst} change the counts.
 */
@Tag("benchmark")
class SystemBenchmark {
    private static final int DECISIONS = Integer.getInteger("benchmark.decisions", 1_000);
    private static final int BURST = Integer.getInteger("benchmark.burst", 1_000);
    private static final int WARM_UP = 20;
    /** The burst's decisions are recorded side by side; each lane has one request in flight at a time. */
    private static final int LANES = 8;
    private static final Duration LOAD = Duration.ofSeconds(10);
    private static final Duration LOAD_WARM_UP = Duration.ofSeconds(3);
    private static final Duration POLL_PAUSE = Duration.ofMillis(5);
    /** How long the services settle after start before their idle memory is read. */
    private static final Duration IDLE = Duration.ofSeconds(15);
    /** Far enough ahead that every deadline the benchmark's refusals scheduled, and each of its reminders, is due. */
    private static final Duration TIMERS_DUE_AFTER = Duration.ofDays(3 * 366);
    private static final String EMPLOYER = TestCallers.employer(ExampleOffer.BUSINESS_NUMBER);
    private static final String OFFICER = TestCallers.officer();

    @Test
    void baselines_throughput_decision_latency_burst_and_memory() throws Exception {
        System.out.printf("BENCHMARK machine: %d cores, load average %s at the start%n", Runtime.getRuntime().availableProcessors(),
                loadAverage());
        long starting = System.nanoTime();
        try (LocalSystem system = LocalSystem.start(Path.of("").toAbsolutePath().getParent(),
                Files.createTempDirectory("imp-benchmark"), LocalSystem.Ports.free(), Secrets.forTests(), System.out)) {
            System.out.printf("BENCHMARK start: Kafka, PostgreSQL and 3 services ready in %.1f s%n",
                    (System.nanoTime() - starting) / 1e9);
            Thread.sleep(IDLE.toMillis());
            for (LocalSystem.Service service : LocalSystem.SERVICES) {
                System.out.printf("BENCHMARK memory: %s resident %d MB idle (%d s after start, before any load)%n", service.name(),
                        residentKb(system.process(service.name())) / 1024, IDLE.toSeconds());
            }

            double rawInserts = rawInsertsPerSecond(system.stack().postgres(), 16);
            System.out.printf("BENCHMARK baseline PostgreSQL: single-row inserts of the event row shape, 16 clients: %.0f rows/s%n",
                    rawInserts);
            List<Long> kafka = kafkaRoundTrips(system.stack().kafka().bootstrapServers(), 1_000);
            report("baseline Kafka produce (acks=all) -> consume, one record at a time", kafka, null);

            offersPerSecond(system, 16, LOAD_WARM_UP);
            for (int clients : new int[] {1, 16, 64}) {
                Throughput offers = offersPerSecond(system, clients, LOAD);
                System.out.printf("BENCHMARK POST /offers, %d clients: %.0f offers/s = %.3fx raw inserts; p50 %.1f ms, p99 %.1f ms;"
                                + " %d failed%n", clients, offers.perSecond(), offers.perSecond() / rawInserts,
                        percentile(offers.latencies(), 50) / 1e6, percentile(offers.latencies(), 99) / 1e6, offers.failed());
            }

            Flow flow = new Flow(system);
            // Latency is timed one flow at a time, as a user makes them: with flows side by side on 2 cores, what it timed
            // would be the queue behind the other lanes' requests (and their polling), which the burst below measures.
            List<Hire> hires = inLanes(1, WARM_UP + DECISIONS, i -> flow.paidApplication());
            List<Hire> burst = inLanes(16, BURST, i -> flow.paidApplication());
            List<Long> registered = hires.subList(WARM_UP, hires.size()).stream().map(Hire::registered).toList();
            report("fee paid -> registration accepted (one at a time)", registered, kafka);
            List<Hire> warmUp = hires.subList(0, WARM_UP);
            List<Hire> measured = hires.subList(WARM_UP, WARM_UP + DECISIONS);

            inLanes(1, warmUp.size(), i -> flow.decideAndWatch(warmUp.get(i)));
            List<Latency> latencies = inLanes(1, measured.size(), i -> flow.decideAndWatch(measured.get(i)));
            List<Long> invalidated = latencies.stream().map(Latency::invalidated).toList();
            List<Long> scheduled = latencies.stream().map(Latency::scheduled).toList();
            report("decision recorded -> offer shows REFUSED (one at a time)", invalidated, kafka);
            report("decision recorded -> judicial review deadline listed (one at a time)", scheduled, kafka);
            LatencyChart.write(Path.of("target", "benchmark-latency.svg"), List.of(
                    new LatencyChart.Series("Kafka produce -> consume", kafka),
                    new LatencyChart.Series("fee paid -> registration accepted", registered),
                    new LatencyChart.Series("decision -> offer REFUSED", invalidated),
                    new LatencyChart.Series("decision -> judicial review deadline listed", scheduled)));

            long began = System.nanoTime();
            inLanes(LANES, burst.size(), i -> {
                flow.refuse(burst.get(i).application());
                return i;
            });
            long recorded = System.nanoTime();
            // one request at a time, each offer asked about until it is done and never again
            burst.forEach(hire -> waitUntil(() -> flow.invalidated(hire.offer())));
            long allInvalidated = System.nanoTime();
            burst.forEach(hire -> waitUntil(() -> flow.hasJudicialReviewDeadline(hire.offer())));
            long allScheduled = System.nanoTime();
            System.out.printf("BENCHMARK burst of %d decisions (%d lanes): recorded in %.2f s (%.0f/s); all offers REFUSED after %.2f s;"
                            + " all judicial review deadlines listed after %.2f s%n", burst.size(), LANES, (recorded - began) / 1e9,
                    burst.size() / ((recorded - began) / 1e9), (allInvalidated - began) / 1e9, (allScheduled - began) / 1e9);

            for (LocalSystem.Service service : LocalSystem.SERVICES) {
                System.out.printf("BENCHMARK memory: %s resident %d MB after the load%n", service.name(),
                        residentKb(system.process(service.name())) / 1024);
            }
            for (String service : List.of("offer-service", "decision-service")) {
                system.kill(service);
                long restarting = System.nanoTime();
                system.restart(service, Duration.ofMinutes(2));
                System.out.printf("BENCHMARK start: %s alone, killed and started again, ready in %.2f s%n", service,
                        (System.nanoTime() - restarting) / 1e9);
            }
            timerBacklog(system);
        }
        System.out.printf("BENCHMARK machine: load average %s at the end%n", loadAverage());
    }

    /** @param registered nanoseconds from the fee payment's answer to the first registration decision-service accepted */
    private record Hire(String offer, String application, long registered) {
    }

    private record Latency(long invalidated, long scheduled) {
    }

    private record Throughput(double perSecond, List<Long> latencies, int failed) {
    }

    /** The REST calls of one hire, as a portal and an officer's system make them, each with its caller's token. */
    private record Flow(LocalSystem system) {
        Hire paidApplication() {
            String offer = given().baseUri(system.url("offer-service")).auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                    .body(ExampleOffer.JSON).post("/offers").then().statusCode(201).extract().path("offerNumber");
            given().baseUri(system.url("offer-service")).auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                    .body("{\"amount\": 230.00, \"currency\": \"CAD\"}")
                    .post("/offers/" + offer + "/fee-payments").then().statusCode(200);
            long paid = System.nanoTime();
            String[] application = new String[1];
            long registered = waitUntil(() -> (application[0] = register(offer)) != null) - paid;
            return new Hire(offer, application[0], registered);
        }

        /** The application's id, or null while decision-service has not yet heard of the paid offer from offer-service's events. */
        private String register(String offer) {
            return given().baseUri(system.url("decision-service")).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                    .body("{\"offerNumber\": \"" + offer + "\", \"applicantLocation\": \"INSIDE_CANADA\","
                            + " \"submittedOn\": \"" + ExampleOffer.today() + "\"}")
                    .post("/applications").then().extract().path("applicationId");
        }

        /** Records a refusal and times, from its answer's arrival, when the offer shows it and when its deadline is listed. */
        Latency decideAndWatch(Hire hire) {
            refuse(hire.application());
            long decided = System.nanoTime();
            long invalidated = waitUntil(() -> invalidated(hire.offer())) - decided;
            long scheduled = waitUntil(() -> hasJudicialReviewDeadline(hire.offer())) - decided;
            return new Latency(invalidated, scheduled);
        }

        void refuse(String application) {
            given().baseUri(system.url("decision-service")).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                    .body("{\"outcome\": \"REFUSED\", \"decidedOn\": \"" + ExampleOffer.today() + "\", \"grounds\": [\"NOT_TEMPORARY\"],"
                            + " \"factors\": [\"TRAVEL_HISTORY\"]}")
                    .post("/applications/" + application + "/decision").then().statusCode(200);
        }

        boolean invalidated(String offer) {
            return "REFUSED".equals(given().baseUri(system.url("offer-service")).auth().oauth2(EMPLOYER)
                    .get("/offers/" + offer).path("status"));
        }

        boolean hasJudicialReviewDeadline(String offer) {
            List<?> deadlines = given().baseUri(system.url("deadline-service")).auth().oauth2(EMPLOYER).queryParam("offerNumber", offer)
                    .queryParam("kind", "JUDICIAL_REVIEW_LEAVE").get("/deadlines").path("items");
            return !deadlines.isEmpty();
        }
    }

    /**
     * Asks until the answer says done, pausing {@link #POLL_PAUSE} between answers, and returns when the answer that said done
     * arrived: what it measures is late by at most the pause and one request's round trip. Asking without a pause would have
     * the lanes' requests take the cores the services need (2 on the machine this was written on), and slow what they time.
     */
    private static long waitUntil(BooleanSupplier done) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done within 60 s");
            }
            try {
                Thread.sleep(POLL_PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting", e);
            }
        }
        return System.nanoTime();
    }

    /** Runs {@code task} for 0 to count - 1, {@code lanes} at a time, and returns the results in order. */
    private static <T> List<T> inLanes(int lanes, int count, Function<Integer, T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        try {
            List<Future<T>> futures = pool.invokeAll(IntStream.range(0, count)
                    .<Callable<T>>mapToObj(i -> () -> task.apply(i)).toList());
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code clients} callers each submitting offers one after another for {@code during}. */
    private static Throughput offersPerSecond(LocalSystem system, int clients, Duration during) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(system.url("offer-service") + "/offers"))
                .header("Authorization", "Bearer " + EMPLOYER).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ExampleOffer.JSON)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + during.toNanos();
        inLanes(clients, clients, i -> {
            while (System.nanoTime() < end) {
                long sent = System.nanoTime();
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
                        latencies.add(System.nanoTime() - sent);
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (IOException e) {
                    failed.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while submitting offers", e);
                }
            }
            return null;
        });
        return new Throughput(latencies.size() / ((System.nanoTime() - start) / 1e9), latencies, failed.get());
    }

    /**
     * PostgreSQL's own rate for the rows the product appends: single-row autocommit inserts of an offer's JSON into a table shaped
     * like the kernel's event log (jsonb data, unique event id, unique stream and version), on the same server, after a warm-up.
     */
    private static double rawInsertsPerSecond(EmbeddedPostgresServer postgres, int clients) throws Exception {
        postgres.createDatabaseIfMissing("benchmark");
        try (Connection connection = connect(postgres); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS events (
                        global_position bigserial PRIMARY KEY,
                        stream_id       text        NOT NULL,
                        stream_version  bigint      NOT NULL,
                        event_id        uuid        NOT NULL UNIQUE,
                        event_type      text        NOT NULL,
                        schema_version  int         NOT NULL,
                        data            jsonb       NOT NULL,
                        correlation_id  uuid,
                        causation_id    uuid,
                        actor           text        NOT NULL,
                        recorded_at     timestamptz NOT NULL,
                        UNIQUE (stream_id, stream_version))""");
        }
        inserts(postgres, clients, LOAD_WARM_UP);
        return inserts(postgres, clients, LOAD) / (LOAD.toNanos() / 1e9);
    }

    private static long inserts(EmbeddedPostgresServer postgres, int clients, Duration during) throws Exception {
        long end = System.nanoTime() + during.toNanos();
        return inLanes(clients, clients, i -> {
            try (Connection connection = connect(postgres); PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO events (stream_id, stream_version, event_id, event_type, schema_version, data, correlation_id,"
                            + " actor, recorded_at) VALUES (?, 1, ?, 'OfferSubmitted', 1, ?::jsonb, ?, 'benchmark', now())")) {
                long rows = 0;
                while (System.nanoTime() < end) {
                    UUID id = UUID.randomUUID();
                    insert.setString(1, "offer-" + id);
                    insert.setObject(2, id);
                    insert.setString(3, ExampleOffer.JSON);
                    insert.setObject(4, id);
                    rows += insert.executeUpdate();
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException("the baseline insert failed", e);
            }
        }).stream().mapToLong(Long::longValue).sum();
    }

    private static Connection connect(EmbeddedPostgresServer postgres) throws SQLException {
        return connect(postgres, "benchmark");
    }

    private static Connection connect(EmbeddedPostgresServer postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }

    /**
     * Every timer the run's refusals planned, due at once: deadline-service is killed and started again believing it is years
     * later ({@code imp.clock.start}), and the backlog is timed from its start until no due timer is left pending. Also its
     * start-up alone, as for the other two services.
     */
    private static void timerBacklog(LocalSystem system) throws Exception {
        String database = LocalSystem.SERVICES.stream().filter(s -> s.name().equals("deadline-service")).findFirst()
                .orElseThrow().database();
        try (Connection connection = connect(system.stack().postgres(), database)) {
            Instant later = Instant.now().plus(TIMERS_DUE_AFTER);
            long backlog = pendingTimers(connection, later);
            system.kill("deadline-service");
            long restarting = System.nanoTime();
            system.restartAt("deadline-service", later, Duration.ofMinutes(2));
            long ready = System.nanoTime();
            System.out.printf("BENCHMARK start: deadline-service alone, killed and started again, ready in %.2f s%n",
                    (ready - restarting) / 1e9);
            long deadline = ready + 600_000_000_000L;
            long left;
            while ((left = pendingTimers(connection, later)) > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(left + " timers still pending after 10 minutes");
                }
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - ready) / 1e9;
            System.out.printf("BENCHMARK timers: a backlog of %d due timers fired in %.2f s after the service was ready = %.0f/s%n",
                    backlog, seconds, backlog / seconds);
        }
    }

    private static long pendingTimers(Connection connection, Instant dueBy) throws SQLException {
        try (PreparedStatement pending = connection.prepareStatement(
                "SELECT count(*) FROM deadline_timers WHERE state = 'PENDING' AND fire_at <= ?")) {
            pending.setObject(1, dueBy.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = pending.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Kafka's own latency on the same broker: one record produced with acks=all, timed until a consumer has it; then the next. */
    private static List<Long> kafkaRoundTrips(String bootstrapServers, int count) throws Exception {
        String topic = "benchmark-latency";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        Properties producing = new Properties();
        producing.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producing.put(ProducerConfig.ACKS_CONFIG, "all");
        Properties consuming = new Properties();
        consuming.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producing, new StringSerializer(), new StringSerializer());
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consuming, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < WARM_UP * 10 + count; i++) {
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, "key", ExampleOffer.JSON));
                while (consumer.poll(Duration.ofSeconds(5)).isEmpty()) {
                    if (System.nanoTime() - sent > 30_000_000_000L) {
                        throw new IllegalStateException("Kafka did not deliver a record within 30 s");
                    }
                }
                if (i >= WARM_UP * 10) {
                    latencies.add(System.nanoTime() - sent);
                }
            }
            return latencies;
        }
    }

    private static void report(String what, List<Long> nanos, List<Long> baseline) {
        String ratios = baseline == null ? "" : " = %.0fx, %.0fx, %.0fx Kafka's".formatted(percentile(nanos, 50) / percentile(baseline, 50),
                percentile(nanos, 99) / percentile(baseline, 99), percentile(nanos, 100) / percentile(baseline, 100));
        System.out.printf(Locale.ROOT, "BENCHMARK %s: p50 %.1f ms, p99 %.1f ms, max %.1f ms%s over %d%n", what,
                percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6, percentile(nanos, 100) / 1e6, ratios, nanos.size());
    }

    /** The nearest-rank percentile. */
    static double percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static long residentKb(ProcessHandle process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
