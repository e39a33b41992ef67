package ca.imp.deploy;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

import ca.imp.accesstesting.TestCallers;

/**
 * Prints what the whole system does on this machine, with the packaged services as separate
 * processes: time to start, how long after a decision is recorded the offer shows as
 * invalidated and the judicial review deadline is listed, how a burst of decisions drains, and
 * each service's resident memory. Asserts nothing; run with
 * {@code ./mvnw -Pbenchmarks -pl deploy -am verify}.
 */
@Tag("benchmark")
class SystemBenchmark {
    private static final int FLOWS = 30;
    private static final int BURST = 100;

    @Test
    void decision_flow_latency_burst_and_memory() throws IOException {
        long starting = System.nanoTime();
        try (LocalSystem system = LocalSystem.start(Path.of("").toAbsolutePath().getParent(),
                Files.createTempDirectory("imp-benchmark"), LocalSystem.Ports.free(), Secrets.forTests(), System.out)) {
            System.out.printf("BENCHMARK start: Kafka, PostgreSQL and 3 services ready in %.1f s%n",
                    (System.nanoTime() - starting) / 1e9);
            Flow flow = new Flow(system);

            List<Long> invalidated = new ArrayList<>();
            List<Long> scheduled = new ArrayList<>();
            for (int i = 0; i < FLOWS; i++) {
                String offer = flow.paidOffer();
                String application = flow.application(offer);
                long decided = System.nanoTime();
                flow.refuse(application);
                waitUntil(() -> flow.invalidated(offer));
                invalidated.add(System.nanoTime() - decided);
                waitUntil(() -> flow.hasDeadlines(offer));
                scheduled.add(System.nanoTime() - decided);
            }
            report("decision recorded -> offer shows REFUSED", invalidated);
            report("decision recorded -> judicial review deadline listed", scheduled);

            List<String> offers = new ArrayList<>();
            List<String> applications = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                offers.add(flow.paidOffer());
                applications.add(flow.application(offers.get(i)));
            }
            long burst = System.nanoTime();
            applications.forEach(flow::refuse);
            long recorded = System.nanoTime();
            waitUntil(() -> flow.invalidated(offers.get(offers.size() - 1)) && offers.stream().allMatch(flow::invalidated));
            long allInvalidated = System.nanoTime();
            waitUntil(() -> offers.stream().allMatch(flow::hasDeadlines));
            long allScheduled = System.nanoTime();
            System.out.printf("BENCHMARK burst of %d decisions: recorded in %.2f s (%.0f/s); all offers invalidated after %.2f s;"
                            + " all deadlines listed after %.2f s%n", BURST, (recorded - burst) / 1e9,
                    BURST / ((recorded - burst) / 1e9), (allInvalidated - burst) / 1e9, (allScheduled - burst) / 1e9);

            for (LocalSystem.Service service : LocalSystem.SERVICES) {
                System.out.printf("BENCHMARK memory: %s resident %d MB%n", service.name(),
                        residentKb(system.process(service.name())) / 1024);
            }
        }
    }

    /** The REST calls of one hire, as a portal and an officer's system make them, each with its caller's token. */
    private record Flow(LocalSystem system) {
        private static final String EMPLOYER = TestCallers.employer(ExampleOffer.BUSINESS_NUMBER);
        private static final String OFFICER = TestCallers.officer();

        String paidOffer() {
            String number = given().baseUri(system.url("offer-service")).auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                    .body(ExampleOffer.JSON).post("/offers").then().statusCode(201).extract().path("offerNumber");
            given().baseUri(system.url("offer-service")).auth().oauth2(EMPLOYER).contentType(ContentType.JSON)
                    .body("{\"amount\": 230.00, \"currency\": \"CAD\"}")
                    .post("/offers/" + number + "/fee-payments").then().statusCode(200);
            return number;
        }

        /** Retried until decision-service has heard of the paid offer from offer-service's events. */
        String application(String offer) {
            return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> given().baseUri(system.url("decision-service")).auth().oauth2(OFFICER).contentType(ContentType.JSON)
                            .body("{\"offerNumber\": \"" + offer + "\", \"applicantLocation\": \"INSIDE_CANADA\","
                                    + " \"submittedOn\": \"" + ExampleOffer.today() + "\"}")
                            .post("/applications").then().extract().<String>path("applicationId"), java.util.Objects::nonNull);
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

        boolean hasDeadlines(String offer) {
            List<?> deadlines = given().baseUri(system.url("deadline-service")).auth().oauth2(EMPLOYER).queryParam("offerNumber", offer)
                    .get("/deadlines").path("items");
            return !deadlines.isEmpty();
        }
    }

    private static void waitUntil(BooleanSupplier done) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done within 60 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("BENCHMARK %s: p50 %.0f ms, p95 %.0f ms, max %.0f ms over %d flows%n", what,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 95 / 100) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6, sorted.size());
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
