package ca.imp.deploy;

import java.net.http.HttpClient;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ca.imp.deploy.ExactlyOnceEffects.Registered;

/**
 * The fault suite: the three packaged services on a real Kafka and a real PostgreSQL (durable, fsync on),
 * a burst of 500 refusals sent as an officer's tool would (retrying what fails), and during it each
 * service killed outright (SIGKILL) and restarted, the Kafka broker restarted, and PostgreSQL crashed
 * (immediate shutdown, crash recovery on start) and restarted. Afterwards every decision has taken
 * effect exactly once everywhere: one invalidation and one refund owed in offer-service, one set of
 * deadlines with one timer plan in deadline-service, each of them kept by offer-service as deadline-service
 * counted it, every stored event on its topic, nothing parked
 * or dead-lettered, and {@code deploy/reconcile} finds nothing ({@link ExactlyOnceEffects}, shared with
 * {@link ScaleOutTest}). Each recovery's time is printed.
 */
class FaultSuiteTest {
    private static final int DECISIONS = 500;
    private static final int DECISIONS_PER_SECOND = 12;
    private static final int SENDERS = 4;
    /** While a service or its database is down, a decision is sent again this much later. */
    private static final Duration PAUSE_BEFORE_RETRY = Duration.ofMillis(200);
    /** Decisions accepted between two faults, and how many more may be on their way when a fault strikes. */
    private static final int BETWEEN_FAULTS = 80;
    private static final int AHEAD_OF_FAULT = 30;
    private static final Duration WITHIN = Duration.ofMinutes(3);

    @RegisterExtension
    static final PackagedProduct PRODUCT = new PackagedProduct("faults");
    private static final ExactlyOnceEffects EFFECTS = new ExactlyOnceEffects(PRODUCT, "FAULTS");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A fault, and what it does; the fault returns once what it broke is back. */
    private record Fault(String name, Runnable strike) {
    }

    @Test
    void every_decision_takes_effect_exactly_once_through_crashes_of_each_service_kafka_and_postgresql() throws Exception {
        long preparing = System.nanoTime();
        List<Registered> registered = RegisteredApplications.prepare(DECISIONS,
                List.of(PRODUCT.url("offer-service")), List.of(PRODUCT.url("decision-service")));
        System.out.printf("FAULTS prepared %d paid offers with registered applications in %.1f s%n", registered.size(),
                seconds(System.nanoTime() - preparing));

        List<Fault> faults = List.of(
                serviceCrash("offer-service"), serviceCrash("decision-service"), serviceCrash("deadline-service"),
                new Fault("Kafka broker restarted", () -> PRODUCT.stack().kafka().restart()),
                new Fault("PostgreSQL crashed and restarted", () -> PRODUCT.stack().postgres().crashAndRestart()));
        DecisionBurst burst = new DecisionBurst(http, List.of(PRODUCT.url("decision-service")),
                registered.stream().map(Registered::applicationId).toList(), SENDERS, DECISIONS_PER_SECOND, WITHIN,
                PAUSE_BEFORE_RETRY);
        burst.allowUpTo(BETWEEN_FAULTS + AHEAD_OF_FAULT);
        burst.start();
        for (int i = 0; i < faults.size(); i++) {
            int turn = (i + 1) * BETWEEN_FAULTS;
            burst.awaitAnswered(turn);
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

        EFFECTS.awaitEveryEffect(registered);
        EFFECTS.assertEveryDecisionTookEffectExactlyOnce(registered);
        EFFECTS.assertEveryStoredEventIsOnItsTopic();
        EFFECTS.assertNothingParkedOrDeadLettered();
        EFFECTS.assertReconcileFindsNothing();
    }

    private Fault serviceCrash(String service) {
        return new Fault(service + " killed and restarted", () -> {
            PRODUCT.kill(service);
            PRODUCT.restart(service, Duration.ofMinutes(1));
        });
    }

    /** How long after {@code back} the first decision accepted after it had taken effect in offer-service and deadline-service. */
    private double awaitEffectOfADecisionAcceptedAfter(DecisionBurst burst, long back, List<Registered> registered) throws Exception {
        Map<String, String> offerOf = registered.stream()
                .collect(Collectors.toMap(Registered::applicationId, Registered::offerNumber));
        long giveUp = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < giveUp) {
            Set<String> later = new HashSet<>();
            burst.answeredAt().forEach((application, at) -> {
                if (at > back) {
                    later.add(application);
                }
            });
            if (!later.isEmpty()) {
                try {
                    Set<String> invalidated = EFFECTS.invalidatedOffers();
                    Set<String> scheduled = EFFECTS.applicationsWithDeadlines();
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

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
